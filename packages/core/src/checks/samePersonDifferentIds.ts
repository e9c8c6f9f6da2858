import { dayNumber } from '../dates/dateMath';
import type { Finding } from '../report/Finding';
import type { RowContext, TableContext } from '../templates/Template';
import { validDate, validText } from './rowValues';

// A birth day and a row position packed in one number, so that one numeric sort of a typed array puts
// the rows of each day together in sheet order. Positions below 2^24, day numbers within ±2^27 (every
// day number is, see dateMath): the packed key stays below 2^53, exact in a double.
const POSITION_SPAN = 2 ** 24;
const DAY_OFFSET = 2 ** 27;

/** The same name and birth date under two different IDs is most likely one person entered twice. */
export function samePersonDifferentIds(table: TableContext): readonly Finding[] {
  // Grouped by birth day through a sort rather than a map of names per day: on a city's roster that was
  // 25,000 small maps, some 25 MB, where the packed keys take 4 MB.
  const keys = birthDayKeys(table.rows);
  const findings: Finding[] = [];
  const firstByName = new Map<string, RowContext>();
  let currentDay = Number.NaN;
  for (const key of keys) {
    const day = Math.floor(key / POSITION_SPAN);
    if (day !== currentDay) {
      currentDay = day;
      firstByName.clear();
    }
    const row = table.rows[key - day * POSITION_SPAN];
    const name = row && validText(row, 'name');
    if (row === undefined || name === undefined) continue;
    const first = firstByName.get(name);
    if (first === undefined) firstByName.set(name, row);
    else if (validText(first, 'idNumber') !== validText(row, 'idNumber')) {
      findings.push({ code: 'duplicate.person', params: { firstRow: table.rowNumber(first.rowIndex) }, field: 'idNumber', rowIndex: row.rowIndex, severity: 'warning' });
    }
  }
  return findings.sort((a, b) => a.rowIndex - b.rowIndex);
}

/** Sorted packed keys of the rows with a name, an ID and a birth date to the day. */
function birthDayKeys(rows: readonly RowContext[]): Float64Array {
  const keys = new Float64Array(rows.length);
  let count = 0;
  for (let position = 0; position < rows.length && position < POSITION_SPAN; position += 1) {
    const row = rows[position];
    const birth = row && validDate(row, 'birthDate');
    if (row === undefined || birth?.month === undefined || birth.day === undefined) continue;
    if (validText(row, 'name') === undefined || validText(row, 'idNumber') === undefined) continue;
    keys[count] = (dayNumber(birth.year, birth.month, birth.day) + DAY_OFFSET) * POSITION_SPAN + position;
    count += 1;
  }
  return keys.subarray(0, count).sort();
}
