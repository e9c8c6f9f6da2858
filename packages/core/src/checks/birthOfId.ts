import type { FieldValue } from '../report/DataRow';
import type { PartialDate } from '../dates/PartialDate';

/** The 出生日期码 (characters 7–14) of a normalized 18-character ID. */
export function birthOfId(id: string): PartialDate {
  return { year: Number(id.slice(6, 10)), month: Number(id.slice(10, 12)), day: Number(id.slice(12, 14)) };
}

/** Rows with a sound ID but no 出生日期 get it from the ID, so ages can be counted. */
export function withBirthDateFromId(values: Readonly<Record<string, FieldValue>>, invalid: ReadonlySet<string>): Readonly<Record<string, FieldValue>> {
  const id = values['idNumber'];
  if (values['birthDate'] !== undefined || invalid.has('birthDate') || invalid.has('idNumber') || typeof id !== 'string') return values;
  return { ...values, birthDate: birthOfId(id) };
}
