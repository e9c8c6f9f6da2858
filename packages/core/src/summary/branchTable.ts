import { share } from '../stats/share';
import type { SummaryColumn, SummaryTable, SummaryTableRow } from './Summary';
import type { RosterFigures } from './rosterFigures';
import { excludedLabel, totalLabel } from './tableLabels';

const measured = [
  { key: 'female', label: '女' },
  { key: 'ethnicMinority', label: '少数民族' },
  { key: 'probationary', label: '预备党员' },
  { key: 'age35AndUnder', label: '35岁及以下' },
  { key: 'collegeOrAbove', label: '大专及以上' },
] as const;

const columns: readonly SummaryColumn[] = [
  { key: 'label', label: '党支部', format: 'text' },
  { key: 'members', label: '党员数', format: 'count' },
  ...measured.flatMap(({ key, label }): SummaryColumn[] => [
    { key, label, format: 'count' },
    { key: `${key}Share`, label: `${label}占比`, format: 'percent' },
  ]),
];

// Numeric-aware so 第2支部 sorts before 第10支部.
const byName = new Intl.Collator('zh-CN', { numeric: true });

function line(label: string, figures: RosterFigures): SummaryTableRow {
  const values: Record<string, number> = { members: figures.members };
  for (const { key } of measured) {
    values[key] = figures[key];
    values[`${key}Share`] = share(figures[key], figures.members);
  }
  return { label, values };
}

/**
 * One row per 党支部 (sorted by name), with its members and each branch's 女 / 少数民族 / 预备党员 /
 * 35岁及以下 / 大专及以上 and their shares of that branch; members without a usable 所在党支部 go to
 * the 未计入 line, and the 合计 line is the whole roster (equal to the headline figures).
 */
export function branchTable(branches: ReadonlyMap<string, RosterFigures>, unplaced: RosterFigures, total: RosterFigures): SummaryTable {
  const byBranchName = [...branches].sort(([a], [b]) => byName.compare(a, b));
  return {
    id: 'branches',
    title: '各党支部党员情况',
    columns,
    rows: byBranchName.map(([name, figures]) => line(name, figures)),
    excluded: line(excludedLabel, unplaced),
    total: line(totalLabel, total),
  };
}
