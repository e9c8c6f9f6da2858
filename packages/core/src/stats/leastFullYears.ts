import { firstDay, fullYearsBetween, lastDay } from '../dates/dateMath';
import { precisionOf, type PartialDate } from '../dates/PartialDate';

/**
 * Whole years from `start` to the day `asOf`, the least number the stated date allows: a start stated
 * only to the month or year counts as the last day of that month or year. 0 when that last day is after
 * `asOf`. Shared by `ageAt` and `partyYearsAt`, which name the caller in their errors.
 *
 * @throws RangeError when `asOf` is not to the day, or when `start` lies wholly after `asOf`.
 */
export function leastFullYears(start: PartialDate, asOf: PartialDate, caller: string): number {
  if (precisionOf(asOf) !== 'day') throw new RangeError(`${caller} requires an as-of date to the day`);
  const day = firstDay(asOf);
  const last = lastDay(start);
  if (firstDay(start) > day) throw new RangeError(`${caller}: the date is after the as-of date`);
  return last > day ? 0 : fullYearsBetween(last, day);
}
