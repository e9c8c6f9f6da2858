import { dayNumber } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import { sharedDay } from '../dates/sharedDates';
import type { FieldValue } from '../report/DataRow';

/** The 出生日期码 (characters 7–14) of a normalized 18-character ID, as the day object shared by every cell of that day. */
export function birthOfId(id: string): PartialDate {
  return sharedDay(birthDayOfId(id));
}

/** The same as a day number, for comparing without a date object. */
export function birthDayOfId(id: string): number {
  return dayNumber(digitsAt(id, 6, 4), digitsAt(id, 10, 2), digitsAt(id, 12, 2));
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
