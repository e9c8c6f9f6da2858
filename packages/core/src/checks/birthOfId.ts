import type { FieldValue } from '../report/DataRow';
import type { PartialDate } from '../dates/PartialDate';

/** The 出生日期码 (characters 7–14) of a normalized 18-character ID. */
export function birthOfId(id: string): PartialDate {
  return { year: digitsAt(id, 6, 4), month: digitsAt(id, 10, 2), day: digitsAt(id, 12, 2) };
}

// Read digit by digit rather than by slicing: rules ask for the ID's birth date on every row.
function digitsAt(id: string, start: number, count: number): number {
  let value = 0;
  for (let index = start; index < start + count; index++) value = value * 10 + (id.charCodeAt(index) - 48);
  return value;
}

/** Rows with a sound ID but no 出生日期 get it from the ID, so ages can be counted. */
export function withBirthDateFromId(values: Readonly<Record<string, FieldValue>>, invalid: ReadonlySet<string>): Readonly<Record<string, FieldValue>> {
  const id = values['idNumber'];
  if (values['birthDate'] !== undefined || invalid.has('birthDate') || invalid.has('idNumber') || typeof id !== 'string') return values;
  return { ...values, birthDate: birthOfId(id) };
}
