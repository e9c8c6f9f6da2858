import type { PartialDate } from './PartialDate';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a Gregorian calendar day; day numbers make date ranges plain integers. */
export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function calendarDayOf(dayNum: number): CalendarDay {
  const date = new Date(dayNum * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function daysInMonth(year: number, month: number): number {
  return calendarDayOf(dayNumber(year, month + 1, 0)).day;
}

/** The first and last day a date can stand for: "1985.03" spans 1985-03-01 … 1985-03-31. */
export function dayRange(date: PartialDate): { readonly first: number; readonly last: number } {
  if (date.month === undefined) {
    return { first: dayNumber(date.year, 1, 1), last: dayNumber(date.year, 12, 31) };
  }
  if (date.day === undefined) {
    return { first: dayNumber(date.year, date.month, 1), last: dayNumber(date.year, date.month, daysInMonth(date.year, date.month)) };
  }
  const day = dayNumber(date.year, date.month, date.day);
  return { first: day, last: day };
}

/**
 * The same calendar day `years` later. 29 February falls back to 28 February in a common year, the
 * usual reading of "one year after" for anniversaries such as the end of 预备期.
 */
export function addYears(dayNum: number, years: number): number {
  const { year, month, day } = calendarDayOf(dayNum);
  const target = year + years;
  return dayNumber(target, month, Math.min(day, daysInMonth(target, month)));
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(dayNum: number, months: number): number {
  const { year, month, day } = calendarDayOf(dayNum);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return dayNumber(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Whole years from one day to a later one (周岁 when `from` is a birthday). */
export function fullYearsBetween(from: number, to: number): number {
  const a = calendarDayOf(from);
  const b = calendarDayOf(to);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/** Whole months from one day to a later one. */
export function fullMonthsBetween(from: number, to: number): number {
  const a = calendarDayOf(from);
  const b = calendarDayOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

export function dateOfDay(dayNum: number): PartialDate {
  return calendarDayOf(dayNum);
}

/** ISO text at the date's own precision: 1985-03-12, 1985-03 or 1985. */
export function formatDate(date: PartialDate): string {
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  const month = String(date.month).padStart(2, '0');
  if (date.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** Today in the local calendar, the default as-of date. */
export function today(now: Date = new Date()): PartialDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
