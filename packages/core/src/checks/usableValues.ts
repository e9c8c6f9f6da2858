import type { PartialDate } from '../dates/PartialDate';
import type { FieldValue } from '../report/DataRow';
import { asDate, asNumber } from './rowValues';

/** A checked row as rules and summaries both read it: normalized values and the fields in error. */
export interface CheckedValues {
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly invalid: ReadonlySet<string>;
}

function usable(row: CheckedValues, field: string): FieldValue | undefined {
  return row.invalid.has(field) ? undefined : row.values[field];
}

/** A field's text when it is present, not blank and not in error. */
export function usableText(row: CheckedValues, field: string): string | undefined {
  const value = usable(row, field);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function usableNumber(row: CheckedValues, field: string): number | undefined {
  return asNumber(usable(row, field));
}

export function usableDate(row: CheckedValues, field: string): PartialDate | undefined {
  return asDate(usable(row, field));
}
