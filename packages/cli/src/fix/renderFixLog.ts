import { fixRuleName, maskIdNumber, type CellFix } from '@taizhang/core';
import { maskIdsInText } from '../check/maskIdsInText';
import type { FixOutcome, SkipReason } from './writeFixedWorkbook';

export interface FixReport {
  readonly input: string;
  readonly out: string;
  readonly outcome: FixOutcome;
  /** Whether a fixed cell holds a 公民身份号码 (its field's type is idNumber). */
  readonly isIdCell: (fix: CellFix) => boolean;
  /** Issues the fixes do not settle, for the person to look at. */
  readonly remaining: number;
}

const skipReasons: Readonly<Record<SkipReason, string>> = {
  formula: '是公式单元格，未修改',
  hyperlink: '是超链接，未修改',
  changed: '内容与检查时不同，未修改',
  noSheet: '所在工作表未找到，未修改',
};

/**
 * The change log as printed: per sheet, each cell with its value before and after in quotes (so that
 * spaces show) and what was done. ID numbers are masked here; the 修改记录 sheet keeps them whole,
 * since it stays in the user's own file.
 */
export function renderFixLog(report: FixReport): string {
  const { outcome } = report;
  const lines = [`${report.input} → ${report.out}`];
  const sheets = [...new Set([...outcome.applied.map(({ fix }) => fix.sheet), ...outcome.skipped.map(({ fix }) => fix.sheet)])];
  for (const sheet of sheets) {
    const applied = outcome.applied.filter(({ fix }) => fix.sheet === sheet);
    lines.push(`  工作表「${sheet}」：修正 ${applied.length} 处`);
    for (const { fix, entry } of applied) {
      const shown = (text: string) => `“${report.isIdCell(fix) ? maskIdNumber(text.replace(/\s+/g, '')) : maskIdsInText(text)}”`;
      lines.push(`    ${entry.cell.padEnd(5)} ${shown(entry.before)} → ${shown(entry.after)}  ${fixRuleName(entry.rule, 'zh-CN')}`);
    }
    for (const { fix, reason } of outcome.skipped.filter((skip) => skip.fix.sheet === sheet)) {
      lines.push(`    ${`${fix.column}${fix.row}`.padEnd(5)} ${skipReasons[reason]}`);
    }
  }
  const total = outcome.applied.length;
  const logged = outcome.logSheet === undefined ? '未发现可自动修正的问题，已写出未改动的副本' : `共修正 ${total} 处，修改记录见工作表“${outcome.logSheet}”`;
  const rest = report.remaining > 0 ? `；另有 ${report.remaining} 处问题需人工核对（运行 taizhang check ${report.out} 查看）` : '';
  lines.push(`${logged}${rest}`);
  return `${lines.join('\n')}\n`;
}
