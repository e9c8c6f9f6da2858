/**
 * A cross-tabulation: for each row key, how many items have each column key. Row and column keys are in
 * order of first appearance; a combination that never occurs is absent (read it as 0).
 *
 * @example crossTab(members, (m) => m.branch, (m) => m.category).get('第一党支部')?.get('预备党员') // 1
 */
export function crossTab<T, R, C>(items: Iterable<T>, rowKey: (item: T) => R, colKey: (item: T) => C): Map<R, Map<C, number>> {
  const table = new Map<R, Map<C, number>>();
  for (const item of items) {
    const r = rowKey(item);
    const c = colKey(item);
    const row = table.get(r) ?? new Map<C, number>();
    row.set(c, (row.get(c) ?? 0) + 1);
    table.set(r, row);
  }
  return table;
}
