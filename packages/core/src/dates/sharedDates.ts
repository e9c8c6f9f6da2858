import { calendarDayOf, dayNumber, monthIndexOf } from './dateMath';
import type { PartialDate } from './PartialDate';

const FIRST_SHARED_DAY = dayNumber(1900, 1, 1);
const LAST_SHARED_DAY = dayNumber(2100, 12, 31);
// Sized up front so the array keeps fast elements (V8 makes one filled from the middle a dictionary).
const sharedDays = new Array<PartialDate | undefined>(LAST_SHARED_DAY - FIRST_SHARED_DAY + 1);

/**
 * The calendar day of a day number as one object shared by every cell stating that day (1900–2100).
 * A city's roster holds some 1,500,000 date cells but only about 30,000 distinct days: sharing them
 * saves each checked row its own date objects, about 120 bytes.
 */
export function sharedDay(dayNum: number): PartialDate {
  if (!(dayNum >= FIRST_SHARED_DAY && dayNum <= LAST_SHARED_DAY) || !Number.isInteger(dayNum)) return calendarDayOf(dayNum);
  return (sharedDays[dayNum - FIRST_SHARED_DAY] ??= calendarDayOf(dayNum));
}

// Indexed as dayNumber's table of months, 1800–2200.
const sharedMonths = new Array<PartialDate | undefined>(monthIndexOf(2200, 12) + 1);

/** A month-precision date ("1985.03") as one object shared by every cell stating that month (1800–2200). */
export function sharedMonth(year: number, month: number): PartialDate {
  const index = monthIndexOf(year, month);
  if (index < 0) return { year, month };
  return (sharedMonths[index] ??= { year, month });
}
