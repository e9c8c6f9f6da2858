import { dayNumber } from '../dates/dateMath';
import type { Finding } from '../report/Finding';
import type { RowContext, TableContext } from '../templates/Template';
import { repeatedKeys } from './repeatedKeys';
import { asDate, asText, soundValues } from './rowValues';
import { textHash } from './textHash';

interface Person {
  readonly day: number;
  readonly name: string;
  readonly idNumber: string;
}

/** The same name and birth date under two different IDs is most likely one person entered twice. */
export function samePersonDifferentIds(table: TableContext): readonly Finding[] {
  const hashOf = (row: RowContext) => {
    const person = personOf(row);
    return person === undefined ? Number.NaN : textHash(person.name, person.day);
  };
  const identityOf = (row: RowContext) => {
    const person = personOf(row);
    return person && `${person.day}\u0000${person.name}`;
  };
  const findings: Finding[] = [];
  for (const { first, later } of repeatedKeys(table.rows, hashOf, identityOf)) {
    if (personOf(first)?.idNumber === personOf(later)?.idNumber) continue;
    findings.push({ code: 'duplicate.person', params: { firstRow: table.rowNumber(first.rowIndex) }, field: 'idNumber', rowIndex: later.rowIndex, severity: 'warning' });
  }
  return findings.sort((a, b) => a.rowIndex - b.rowIndex);
}

/** A row with a name, an ID and a birth date to the day, the three things a repeat is told by. */
function personOf(row: RowContext): Person | undefined {
  const values = soundValues(row);
  const birth = asDate(values['birthDate']);
  const name = asText(values['name']);
  const idNumber = asText(values['idNumber']);
  if (birth?.month === undefined || birth.day === undefined || name === undefined || idNumber === undefined) return undefined;
  return { day: dayNumber(birth.year, birth.month, birth.day), name, idNumber };
}
