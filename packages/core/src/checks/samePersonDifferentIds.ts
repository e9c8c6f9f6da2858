import { formatDate } from '../dates/dateMath';
import { precisionOf } from '../dates/PartialDate';
import type { Finding } from '../report/Finding';
import type { TableContext } from '../templates/Template';
import { validDate, validText } from './rowValues';

/** The same name and birth date under two different IDs is most likely one person entered twice. */
export function samePersonDifferentIds(table: TableContext): Finding[] {
  const firstSeen = new Map<string, { rowIndex: number; id: string }>();
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const name = validText(row, 'name');
    const birth = validDate(row, 'birthDate');
    const id = validText(row, 'idNumber');
    if (name === undefined || birth === undefined || id === undefined || precisionOf(birth) !== 'day') continue;
    const key = `${name}|${formatDate(birth)}`;
    const first = firstSeen.get(key);
    if (first === undefined) firstSeen.set(key, { rowIndex: row.rowIndex, id });
    else if (first.id !== id) {
      findings.push({ code: 'duplicate.person', params: { firstRow: table.rowNumber(first.rowIndex) }, field: 'idNumber', rowIndex: row.rowIndex, severity: 'warning' });
    }
  }
  return findings;
}
