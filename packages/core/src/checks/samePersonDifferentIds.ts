import { dayNumber } from '../dates/dateMath';
import type { Finding } from '../report/Finding';
import type { RowContext, TableContext } from '../templates/Template';
import { possibleRepeats } from './possibleRepeats';
import { asDate, asText, soundValues } from './rowValues';
import { textHash } from './textHash';

interface Person {
  readonly row: RowContext;
  readonly day: number;
  readonly name: string;
  readonly idNumber: string;
}

/** The same name and birth date under two different IDs is most likely one person entered twice. */
export function samePersonDifferentIds(table: TableContext): readonly Finding[] {
  // Only rows whose birth day and name hash like another's are compared: a few percent of a city's rows.
  const hashes = new Float64Array(table.rows.length);
  for (let position = 0; position < hashes.length; position += 1) {
    const row = table.rows[position];
    const person = row && personOf(row);
    hashes[position] = person === undefined ? Number.NaN : textHash(person.name, person.day);
  }
  const findings: Finding[] = [];
  const firstByPerson = new Map<string, Person>();
  for (const position of possibleRepeats(hashes)) {
    const row = table.rows[position];
    const person = row && personOf(row);
    if (person === undefined) continue;
    const identity = `${person.day}\u0000${person.name}`;
    const first = firstByPerson.get(identity);
    if (first === undefined) firstByPerson.set(identity, person);
    else if (first.idNumber !== person.idNumber) {
      findings.push({ code: 'duplicate.person', params: { firstRow: table.rowNumber(first.row.rowIndex) }, field: 'idNumber', rowIndex: person.row.rowIndex, severity: 'warning' });
    }
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
  return { row, day: dayNumber(birth.year, birth.month, birth.day), name, idNumber };
}
