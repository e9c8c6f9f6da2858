import { dayNumber } from '../dates/dateMath';
import type { Finding } from '../report/Finding';
import type { TableContext } from '../templates/Template';
import { validDate, validText } from './rowValues';

/** The same name and birth date under two different IDs is most likely one person entered twice. */
export function samePersonDifferentIds(table: TableContext): Finding[] {
  // By birth day, then by name, to the first row's position: a day number and a name already in the
  // sheet make the keys, where a "name|date" text per row would be built and hashed 500,000 times on a
  // city's roster.
  const firstSeen = new Map<number, Map<string, number>>();
  const findings: Finding[] = [];
  table.rows.forEach((row, position) => {
    const name = validText(row, 'name');
    const birth = validDate(row, 'birthDate');
    const id = validText(row, 'idNumber');
    if (name === undefined || birth === undefined || id === undefined || birth.month === undefined || birth.day === undefined) return;
    const day = dayNumber(birth.year, birth.month, birth.day);
    let names = firstSeen.get(day);
    if (names === undefined) {
      names = new Map();
      firstSeen.set(day, names);
    }
    const first = table.rows[names.get(name) ?? -1];
    if (first === undefined) names.set(name, position);
    else if (validText(first, 'idNumber') !== id) {
      findings.push({ code: 'duplicate.person', params: { firstRow: table.rowNumber(first.rowIndex) }, field: 'idNumber', rowIndex: row.rowIndex, severity: 'warning' });
    }
  });
  return findings;
}
