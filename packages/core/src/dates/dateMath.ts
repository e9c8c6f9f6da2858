import { daysInMonth as monthLength } from './isRealDate';
import type { PartialDate } from './PartialDate';

// Hinnant's days-from-civil arithmetic (http://howardhinnant.github.io/date_algorithms.html): plain
// integer maths, as a Date object per call made dates the check's slowest part on large rosters.
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01, where the algorithm's eras start, to 1970-01-01. */
const EPOCH_SHIFT = 719_468;
/** ECMA-262's time range, ±100,000,000 days around 1970: beyond it a Date is invalid, and so is a day number. */
const MAX_DAY = 100_000_000;

/** Days since 1970-01-01 of a Gregorian calendar day; day numbers make date ranges plain integers. */
export function dayNumber(year: number, month: number, day: number): number {
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

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function calendarDayOf(dayNum: number): CalendarDay {
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

export interface DayRange {
  readonly first: number;
  readonly last: number;
}

// The rules of one row ask for the same few dates again and again (the as-of date in every time rule,
// 入党时间 in five of them): the last ranges worked out are remembered by the date object's identity.
const remembered = Array.from({ length: 4 }, (): { date: PartialDate | undefined; range: DayRange } => ({ date: undefined, range: { first: Number.NaN, last: Number.NaN } }));
let nextRemembered = 0;

/** The first and last day a date can stand for: "1985.03" spans 1985-03-01 … 1985-03-31. */
export function dayRange(date: PartialDate): DayRange {
  for (const entry of remembered) {
    if (entry.date === date) return entry.range;
  }
  const range = computeDayRange(date);
  const entry = remembered[nextRemembered];
  if (entry !== undefined) {
    entry.date = date;
    entry.range = range;
  }
  nextRemembered = (nextRemembered + 1) % remembered.length;
  return range;
}

function computeDayRange(date: PartialDate): DayRange {
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
