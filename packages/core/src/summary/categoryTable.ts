import { sum } from 'simple-statistics';
import { share } from '../stats/share';
import type { SummaryColumn, SummaryTable, SummaryTableRow } from './Summary';
import { excludedLabel, totalLabel } from './tableLabels';

export interface CategoryTableSpec {
  readonly id: string;
  readonly title: string;
  /** Header of the label column (年龄段, 学历 …). */
  readonly header: string;
}

/**
 * A one-way table: 人数 and 占比 per category in the given order (categories with no one still shown),
 * then the 未计入 line (the `undefined` key) and the 合计 line. 占比 is a share of all members, so the
 * rows, 未计入 and 合计 agree: categories + 未计入 = 合计 = 100%.
 *
 * @throws Error when `counts` holds a category missing from `order`, or the counts do not add up to
 *   `members` (both would be bugs in the caller).
 */
export function categoryTable(
  spec: CategoryTableSpec,
  counts: ReadonlyMap<string | undefined, number>,
  order: readonly string[],
  members: number,
): SummaryTable {
  for (const key of counts.keys()) {
    if (key !== undefined && !order.includes(key)) throw new Error(`categoryTable ${spec.id}: category "${key}" is not in the order`);
  }
  const total = sum([0, ...counts.values()]);
  if (total !== members) throw new Error(`categoryTable ${spec.id}: counts add up to ${total}, not ${members} members`);
  const line = (label: string, count: number): SummaryTableRow => ({ label, values: { count, share: share(count, members) } });
  const columns: readonly SummaryColumn[] = [
    { key: 'label', label: spec.header, format: 'text' },
    { key: 'count', label: '人数', format: 'count' },
    { key: 'share', label: '占比', format: 'percent' },
  ];
  return {
    id: spec.id,
    title: spec.title,
    columns,
    rows: order.map((label) => line(label, counts.get(label) ?? 0)),
    excluded: line(excludedLabel, counts.get(undefined) ?? 0),
    total: line(totalLabel, total),
  };
}
