import type { Band } from './Band';

/**
 * The band a value falls in. Bands are listed from lowest to highest; each covers `min` (inclusive) up
 * to the next band's `min` (exclusive), and the last is open at the top.
 *
 * @throws RangeError when the bands are empty or not strictly ascending, when the value is NaN, or when
 *   it lies below the first band's `min`.
 * @example bandOf(35, ageBands).label // '31至35岁'
 * @example bandOf(36, ageBands).label // '36至40岁'
 */
export function bandOf<B extends Band>(value: number, bands: readonly B[]): B {
  const first = bands[0];
  if (first === undefined) throw new RangeError('bandOf requires at least one band');
  for (let i = 1; i < bands.length; i++) {
    const lower = bands[i - 1];
    const upper = bands[i];
    if (lower !== undefined && upper !== undefined && !(upper.min > lower.min)) {
      throw new RangeError(`bandOf requires ascending bands: "${upper.label}" does not start above "${lower.label}"`);
    }
  }
  if (Number.isNaN(value)) throw new RangeError('bandOf requires a number, got NaN');
  if (value < first.min) throw new RangeError(`bandOf: ${value} is below the first band "${first.label}" (${first.min})`);
  let found = first;
  for (const band of bands) {
    if (band.min <= value) found = band;
  }
  return found;
}
