/**
 * How many items have each key, keys in order of first appearance (so callers choose the display order).
 *
 * @example countBy(['男', '女', '女'], (sex) => sex) // Map { '男' => 1, '女' => 2 }
 */
export function countBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
