import { isPartialDate, type PartialDate } from '../dates/PartialDate';
import type { CheckedValues } from './usableValues';

/** Months since year 0 (year × 12 + month − 1), so month spans are integer ranges. */
export function monthIndex(date: PartialDate): number | undefined {
  return date.month === undefined ? undefined : date.year * 12 + date.month - 1;
}

/**
 * The months a payment row pays for, as month indices from 缴费月份 to 缴费截止月份 (the one month when
 * there is no end). Undefined when a month is missing, in error or only a year, or the end is before the start.
 */
export function paidMonthSpan(row: CheckedValues): { readonly first: number; readonly last: number } | undefined {
  if (row.invalid.has('payMonth') || row.invalid.has('payMonthEnd')) return undefined;
  const start = row.values['payMonth'];
  const end = row.values['payMonthEnd'];
  const first = isPartialDate(start) ? monthIndex(start) : undefined;
  const last = end === undefined ? first : isPartialDate(end) ? monthIndex(end) : undefined;
  if (first === undefined || last === undefined || last < first) return undefined;
  return { first, last };
}

/** Who a payment row is for: the ID when it is sound, else the name within the branch. */
export function payerKey(row: CheckedValues): string | undefined {
  const id = row.values['idNumber'];
  if (typeof id === 'string' && !row.invalid.has('idNumber')) return `id:${id}`;
  const name = row.values['name'];
  const branch = row.values['branch'];
  return typeof name === 'string' ? `name:${name}|${typeof branch === 'string' ? branch : ''}` : undefined;
}
