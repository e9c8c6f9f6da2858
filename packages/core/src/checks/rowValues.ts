import type { PartialDate } from '../dates/PartialDate';
import { isPartialDate } from '../dates/PartialDate';
import type { RowContext } from '../templates/Template';

/** A field's date when it is present and sound; rules skip fields already in error. */
export function validDate(row: RowContext, field: string): PartialDate | undefined {
  const value = row.values[field];
  return !row.invalid.has(field) && isPartialDate(value) ? value : undefined;
}

export function validText(row: RowContext, field: string): string | undefined {
  const value = row.values[field];
  return !row.invalid.has(field) && typeof value === 'string' ? value : undefined;
}
