import { firstDay, lastDay } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import { bandOf } from './bandOf';
import type { DatePeriod } from './joinPeriods';

/**
 * The period a date falls in. A date stated only to the month or year counts as the last day of that
 * month or year (the convention of `ageAt`), so "1978.12" falls after the 三中全会 cut of 1978-12-22.
 *
 * @throws RangeError when the periods are not in ascending order, when a period after the first has no
 *   start, or when the first has one and the date falls before it.
 * @example periodOf({ year: 1978, month: 12, day: 21 }, joinPeriods).label // '新中国成立后至党的十一届三中全会前'
 */
export function periodOf<P extends DatePeriod>(date: PartialDate, periods: readonly P[]): P {
  const bands = periods.map((period, index) => {
    if (period.start === undefined && index > 0) {
      throw new RangeError(`periodOf: period "${period.label}" needs a start date`);
    }
    return { label: period.label, min: period.start === undefined ? Number.NEGATIVE_INFINITY : firstDay(period.start), period };
  });
  return bandOf(lastDay(date), bands).period;
}
