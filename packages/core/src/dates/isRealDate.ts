/** Gregorian leap year: every 4th year, except centuries not divisible by 400 (1900 no, 2000 yes). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Number of days in a month (1–12) of the Gregorian calendar.
 * @throws RangeError when month is not a whole number from 1 to 12.
 */
export function daysInMonth(year: number, month: number): number {
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined || !Number.isInteger(month)) {
    throw new RangeError(`daysInMonth requires a month from 1 to 12, got ${month}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : days;
}

/** Whether year-month-day is a day of the (proleptic) Gregorian calendar: 1985-02-30 and 1900-02-29 are not. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
