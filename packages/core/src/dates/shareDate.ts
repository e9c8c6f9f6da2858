import type { PartialDate } from './PartialDate';

/** Distinct dates kept: every day from 1900 to 2036 fits, far more than a ledger's columns hold. */
const MAX_SHARED = 50_000;
const shared = new Map<number, PartialDate>();

/**
 * One object for each date (at its precision) however many cells hold it: birth, 入党 and 转正 dates
 * repeat down a roster of 100,000s of rows, and a PartialDate is never changed once made. The first
 * object seen for a date is the one kept; dates outside years 1–9999 are returned as they are.
 */
export function shareDate(date: PartialDate): PartialDate {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return date;
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) return date;
  if (day !== undefined && !(month !== undefined && Number.isInteger(day) && day >= 1 && day <= 31)) return date;
  const key = year * 10_000 + (month ?? 0) * 100 + (day ?? 0);
  const known = shared.get(key);
  if (known !== undefined) return known;
  if (shared.size < MAX_SHARED) shared.set(key, date);
  return date;
}
