import { dayNumber, lastDay } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';

/**
 * How many months of the as-of year have ended by the as-of date: a month's dues (党费规定第十二条) or
 * meetings (支部工作条例) are due once the month is over. 12 at a 12-31 as-of date.
 */
export function endedMonths(asOf: PartialDate): number {
  const last = lastDay(asOf);
  let months = 0;
  for (let month = 1; month <= 12; month += 1) {
    if (dayNumber(asOf.year, month + 1, 0) <= last) months = month;
  }
  return months;
}
