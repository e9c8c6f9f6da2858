/**
 * A calendar date as a sheet states it: to the day, or only to the month ("1985.03") or year.
 * A month-precision date stands for every day of that month, so comparisons must allow for that.
 */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export function precisionOf(date: PartialDate): DatePrecision {
  if (date.month === undefined) return 'year';
  return date.day === undefined ? 'month' : 'day';
}

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'object' && value !== null && typeof (value as PartialDate).year === 'number';
}
