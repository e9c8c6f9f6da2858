import { daysInMonth as monthLength } from './isRealDate';
import type { PartialDate } from './PartialDate';

// Hinnant's days-from-civil arithmetic (http://howardhinnant.github.io/date_algorithms.html): plain
// integer maths, as a Date object per call made dates the check's slowest part on large rosters.
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01, where the algorithm's eras start, to 1970-01-01. */
const EPOCH_SHIFT = 719_468;
/** ECMA-262's time range, ±100,000,000 days around 1970: beyond it a Date is invalid, and so is a day number. */
const MAX_DAY = 100_000_000;

/** Hinnant's days_from_civil, for any day in the ECMA-262 range; `dayNumber` answers most days from a table. */
function civilDayNumber(year: number, month: number, day: number): number {
  // Months and days out of range roll over as Date's do (month 13 is January next year, day 0 the
  // last day of the month before), and years 0–99 are not read as 1900–1999.
  const monthIndex = Math.trunc(month - 1);
  const y = Math.trunc(year) + Math.floor(monthIndex / 12);
  const m = monthIndex - Math.floor(monthIndex / 12) * 12 + 1;
  const marchYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  const days = era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT + Math.trunc(day) - 1;
  return Math.abs(days) <= MAX_DAY ? days : Number.NaN;
}

// Every date a ledger holds lies in these years: the day number of each month's first day is looked up
// rather than worked out, as the rules of one row ask for some twenty of them.
const TABLE_FIRST_YEAR = 1800;
const TABLE_LAST_YEAR = 2200;
const TABLE_MONTHS = (TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1) * 12;
/** Day number of the 1st of each month from January 1800, one more entry for January 2201. */
const monthStarts = Int32Array.from({ length: TABLE_MONTHS + 1 }, (_, index) =>
  civilDayNumber(TABLE_FIRST_YEAR + Math.floor(index / 12), (index % 12) + 1, 1),
);

/** Index of a whole year and month 1–12 among the table's months (January 1800 is 0), or -1 outside them. */
export function monthIndexOf(year: number, month: number): number {
  if (!(year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR && month >= 1 && month <= 12) || !Number.isInteger(year) || !Number.isInteger(month)) return -1;
  return (year - TABLE_FIRST_YEAR) * 12 + month - 1;
}

/** Days since 1970-01-01 of a Gregorian calendar day; day numbers make date ranges plain integers. */
export function dayNumber(year: number, month: number, day: number): number {
  const index = monthIndexOf(year, month);
  if (index < 0) return civilDayNumber(year, month, day);
  // A day past the month's end rolls into the next month, as in civilDayNumber: day numbers are consecutive.
  const days = (monthStarts[index] ?? Number.NaN) + Math.trunc(day) - 1;
  return Math.abs(days) <= MAX_DAY ? days : Number.NaN;
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const firstTableDay = monthStarts[0] ?? 0;
/** The month (index into `monthStarts`) of each day of the table's years, so a day number's calendar day is two look-ups. */
const monthOfTableDay = new Uint16Array((monthStarts[TABLE_MONTHS] ?? 0) - firstTableDay);
for (let index = 0; index < TABLE_MONTHS; index += 1) {
  monthOfTableDay.fill(index, (monthStarts[index] ?? 0) - firstTableDay, (monthStarts[index + 1] ?? 0) - firstTableDay);
}

export function calendarDayOf(dayNum: number): CalendarDay {
  const offset = dayNum - firstTableDay;
  if (offset >= 0 && offset < monthOfTableDay.length && Number.isInteger(offset)) {
    const index = monthOfTableDay[offset] ?? 0;
    return { year: TABLE_FIRST_YEAR + Math.floor(index / 12), month: (index % 12) + 1, day: dayNum - (monthStarts[index] ?? 0) + 1 };
  }
  return civilCalendarDayOf(dayNum);
}

/** Hinnant's civil_from_days, for any day in the ECMA-262 range. */
function civilCalendarDayOf(dayNum: number): CalendarDay {
  if (!(Math.abs(dayNum) <= MAX_DAY)) return { year: Number.NaN, month: Number.NaN, day: Number.NaN };
  const shifted = Math.floor(dayNum) + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
  };
}

/** Years well inside the day-number range, where every month has all its days. */
const SAFE_YEAR = 270_000;

function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && Math.abs(year) < SAFE_YEAR && Number.isInteger(month) && month >= 1 && month <= 12) return monthLength(year, month);
  return calendarDayOf(dayNumber(year, month + 1, 0)).day;
}

/** The first day a date can stand for: 1985-03-01 for "1985.03", 1985-01-01 for "1985". */
export function firstDay(date: PartialDate): number {
  if (date.month === undefined) return dayNumber(date.year, 1, 1);
  return dayNumber(date.year, date.month, date.day ?? 1);
}

/** The last day a date can stand for: 1985-03-31 for "1985.03", 1985-12-31 for "1985". */
export function lastDay(date: PartialDate): number {
  const { year, month, day } = date;
  if (month === undefined) return dayNumber(year, 12, 31);
  if (day !== undefined) return dayNumber(year, month, day);
  const index = monthIndexOf(year, month);
  // The table runs one month past its last year, so the month after any month in it is there.
  return index < 0 ? dayNumber(year, month + 1, 0) : (monthStarts[index + 1] ?? Number.NaN) - 1;
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
