import { dayNumber } from '../dates/dateMath';
import type { Finding } from '../report/Finding';
import type { RowContext, TableContext } from '../templates/Template';
import { asDate, asText, soundValues } from './rowValues';

// A hash of birth day and name and a row position packed in one number, so that one numeric sort of a
// typed array puts the rows that may be one person next to each other, in sheet order. Positions below
// 2^24, hashes below 2^28: the packed key stays below 2^52, exact in a double.
const POSITION_SPAN = 2 ** 24;
const HASH_SPAN = 2 ** 28;

interface Person {
  readonly row: RowContext;
  readonly day: number;
  readonly name: string;
  readonly idNumber: string;
}

/** The same name and birth date under two different IDs is most likely one person entered twice. */
export function samePersonDifferentIds(table: TableContext): readonly Finding[] {
  // Only rows whose birth day and name hash alike are looked at again, a few on a city's roster: visiting
  // all 500,000 rows in birth-day order, as grouping them by day did, waited on memory at every row.
  const keys = personKeys(table.rows);
  const findings: Finding[] = [];
  let start = 0;
  while (start < keys.length) {
    const hash = Math.floor((keys[start] ?? 0) / POSITION_SPAN);
    let end = start + 1;
    while (end < keys.length && Math.floor((keys[end] ?? 0) / POSITION_SPAN) === hash) end += 1;
    if (end - start > 1) findings.push(...repeatsAmong(table, keys.subarray(start, end)));
    start = end;
  }
  return findings.sort((a, b) => a.rowIndex - b.rowIndex);
}

/** The rows of one hash, in sheet order: each later row naming the first row of its day and name under another ID. */
function repeatsAmong(table: TableContext, keys: Float64Array): Finding[] {
  const findings: Finding[] = [];
  const firstByPerson = new Map<string, Person>();
  for (const key of keys) {
    const person = personAt(table.rows, key % POSITION_SPAN);
    if (person === undefined) continue;
    const identity = `${person.day}\u0000${person.name}`;
    const first = firstByPerson.get(identity);
    if (first === undefined) firstByPerson.set(identity, person);
    else if (first.idNumber !== person.idNumber) {
      findings.push({ code: 'duplicate.person', params: { firstRow: table.rowNumber(first.row.rowIndex) }, field: 'idNumber', rowIndex: person.row.rowIndex, severity: 'warning' });
    }
  }
  return findings;
}

/** A row with a name, an ID and a birth date to the day, the three things a repeat is told by. */
function personAt(rows: readonly RowContext[], position: number): Person | undefined {
  const row = rows[position];
  if (row === undefined) return undefined;
  const values = soundValues(row);
  const birth = asDate(values['birthDate']);
  const name = asText(values['name']);
  const idNumber = asText(values['idNumber']);
  if (birth?.month === undefined || birth.day === undefined || name === undefined || idNumber === undefined) return undefined;
  return { row, day: dayNumber(birth.year, birth.month, birth.day), name, idNumber };
}

/** Sorted packed keys of the rows that are persons. */
function personKeys(rows: readonly RowContext[]): Float64Array {
  const keys = new Float64Array(rows.length);
  let count = 0;
  for (let position = 0; position < rows.length && position < POSITION_SPAN; position += 1) {
    const person = personAt(rows, position);
    if (person === undefined) continue;
    keys[count] = personHash(person.day, person.name) * POSITION_SPAN + position;
    count += 1;
  }
  return keys.subarray(0, count).sort();
}

/** FNV-1a over the day number and the name's UTF-16 code units, folded to 28 bits. */
function personHash(day: number, name: string): number {
  let hash = Math.imul(0x811c9dc5 ^ day, 0x01000193);
  for (let index = 0; index < name.length; index += 1) hash = Math.imul(hash ^ name.charCodeAt(index), 0x01000193);
  return (hash ^ (hash >>> 28)) & (HASH_SPAN - 1);
}
