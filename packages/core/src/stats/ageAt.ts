import type { PartialDate } from '../dates/PartialDate';
import { leastFullYears } from './leastFullYears';

/**
 * Age in 周岁 (completed years) at the as-of date (RULES.md §10: ages are 周岁 at the 统计时点).
 *
 * Convention for a birth date stated only to the month ("1985.03") or year: it counts as the last day of
 * that month or year, so the age is the least one the date allows. The age is then exact whenever the
 * birth date has a day, or the as-of date is on or after the last day of the birth month; in the birth
 * month itself it may be one year low. At the 年报 point (12-31) month-precision ages are always exact.
 *
 * @throws RangeError when `asOf` is not to the day, or the birth date lies wholly after it.
 * @example ageAt({ year: 1990, month: 3, day: 15 }, { year: 2025, month: 3, day: 15 }) // 35
 * @example ageAt({ year: 1990, month: 3 }, { year: 2025, month: 3, day: 15 }) // 34: may be born after the 15th
 * @example ageAt({ year: 1990, month: 3 }, { year: 2025, month: 3, day: 31 }) // 35
 */
export function ageAt(birth: PartialDate, asOf: PartialDate): number {
  return leastFullYears(birth, asOf, 'ageAt');
}
