import { textOfCell } from '../fields/textOfCell';
import type { Locale } from '../messages/MessageCatalog';
import type { RuleCode } from '../report/Finding';
import type { CellFix } from './CellFix';
import { fixRuleName } from './fixableRules';

/** One line of the 修改记录 sheet: when, where, what the cell held and holds now, and why. */
export interface ChangeLogEntry {
  /** Local time of the change, `2025-06-30 14:05:09`. */
  readonly time: string;
  readonly sheet: string;
  /** `E5`. */
  readonly cell: string;
  /** The cell as it was, as text (a date as 2025-05-04); empty for a blank cell. */
  readonly before: string;
  readonly after: string;
  readonly rule: RuleCode;
}

/** The sheet Taizhang appends its change log to. */
export const changeLogSheetName = '修改记录';

/** The header of the 修改记录 sheet, in the order of `changeLogRow`. */
export const changeLogColumns: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['时间', '工作表', '单元格', '原值', '新值', '规则'],
  en: ['Time', 'Sheet', 'Cell', 'Before', 'After', 'Rule'],
};

/** `2025-06-30 14:05:09` in local time: what the person fixing the sheet saw on their clock. */
export function formatLogTime(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The log of applying a plan at one moment; `before` is empty unless the plan was made with the grid. */
export function changeLogEntries(fixes: readonly CellFix[], time: Date): ChangeLogEntry[] {
  const stamp = formatLogTime(time);
  return fixes.map((fix) => ({
    time: stamp,
    sheet: fix.sheet,
    cell: `${fix.column}${fix.row}`,
    before: fix.before === undefined || fix.before === null ? '' : textOfCell(fix.before),
    after: fix.after,
    rule: fix.rule,
  }));
}

/** An entry as the cells of one 修改记录 row, the rule named in words. */
export function changeLogRow(entry: ChangeLogEntry, locale: Locale = 'zh-CN'): readonly string[] {
  return [entry.time, entry.sheet, entry.cell, entry.before, entry.after, fixRuleName(entry.rule, locale)];
}
