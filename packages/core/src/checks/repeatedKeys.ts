import { possibleRepeats } from './possibleRepeats';

/** An item whose key an earlier item has, with the first item of that key. */
export interface Repeat<T> {
  readonly first: T;
  readonly later: T;
}

/**
 * Every item whose key an earlier item has, in order, each with the first item of that key. `hashOf` is
 * asked for every item (NaN: nothing to compare) and `keyOf` only for the items whose hash comes again,
 * a few percent of a city's 500,000 rows: the keys of all the others are never built or kept.
 */
export function repeatedKeys<T>(items: readonly T[], hashOf: (item: T) => number, keyOf: (item: T) => string | undefined): Repeat<T>[] {
  const hashes = new Float64Array(items.length);
  for (let position = 0; position < hashes.length; position += 1) {
    const item = items[position];
    hashes[position] = item === undefined ? Number.NaN : hashOf(item);
  }
  const firstByKey = new Map<string, T>();
  const repeats: Repeat<T>[] = [];
  for (const position of possibleRepeats(hashes)) {
    const item = items[position];
    const key = item === undefined ? undefined : keyOf(item);
    if (item === undefined || key === undefined) continue;
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, item);
    else repeats.push({ first, later: item });
  }
  return repeats;
}
