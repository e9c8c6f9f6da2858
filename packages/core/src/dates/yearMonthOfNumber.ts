import type { PartialDate } from './PartialDate';
import { sharedMonth } from './sharedDates';

const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;

/**
 * "1985.03" typed into a General cell is stored as the number 1985.03, and "1985" as 1985. Read as
 * Excel serials these would be days in 1905, which no member record holds, so a number from 1800 to
 * 2200 is taken as a year or year.month. "1985.10" is stored as 1985.1, indistinguishable from
 * "1985.1" (January): that reading is `ambiguous`.
 */
export function yearMonthOfNumber(value: number): PartialDate | 'ambiguous' | undefined {
  if (!(value >= FIRST_YEAR && value < LAST_YEAR + 1)) return undefined;
  if (Number.isInteger(value)) return { year: value };
  const match = /^(\d{4})\.(\d{1,2})$/.exec(String(value));
  if (match === null) return undefined;
  const [, year, fraction] = match;
  if (fraction === '1') return 'ambiguous';
  const month = Number(fraction);
  return month >= 1 && month <= 12 ? sharedMonth(Number(year), month) : undefined;
}
