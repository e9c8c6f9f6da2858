import { firstDay } from '../dates/dateMath';
import { precisionOf, type PartialDate } from '../dates/PartialDate';
import { leastFullYears } from './leastFullYears';

/**
 * 党龄 in whole years at the as-of date, counted from 转正时间 (党章第七条, RULES.md §4, §10).
 *
 * `confirm` undefined means the member has not been confirmed (a 预备党员): 党龄 0. A 转正时间 after the
 * as-of date also gives 0, since the member was still 预备 then. A 转正时间 stated only to the month or
 * year counts as the last day of that month or year, like `ageAt`.
 *
 * @throws RangeError when `asOf` is not to the day.
 * @example partyYearsAt({ year: 2015, month: 7, day: 1 }, { year: 2025, month: 6, day: 30 }) // 9
 * @example partyYearsAt(undefined, { year: 2025, month: 6, day: 30 }) // 0 (预备党员)
 */
export function partyYearsAt(confirm: PartialDate | undefined, asOf: PartialDate): number {
  if (precisionOf(asOf) !== 'day') throw new RangeError('partyYearsAt requires an as-of date to the day');
  if (confirm === undefined || firstDay(confirm) > firstDay(asOf)) return 0;
  return leastFullYears(confirm, asOf, 'partyYearsAt');
}
