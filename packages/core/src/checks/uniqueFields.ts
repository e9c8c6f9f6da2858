import { packIdNumber } from '../id/packIdNumber';
import type { Finding } from '../report/Finding';
import type { FieldSpec, RowContext, TableContext } from '../templates/Template';

/**
 * Fields marked unique must not repeat; the later row carries the issue and names the first one.
 */
export function uniqueFields(fields: readonly FieldSpec[], table: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of fields.filter((spec) => spec.unique === true)) {
    const keyOf = (row: RowContext) => uniqueKey(row, field.id);
    const candidates = field.type === 'idNumber' ? rowsSharingIdNumbers(keyOf, table.rows) : table.rows;
    const repeated = repeatedAmong(candidates, keyOf);
    if (repeated.size === 0) continue;
    const code = field.type === 'idNumber' ? 'duplicate.id' : 'duplicate.value';
    const firstRows = new Map<string, number>();
    for (const row of candidates) {
      const key = keyOf(row);
      if (key === undefined || !repeated.has(key)) continue;
      const first = firstRows.get(key);
      if (first === undefined) firstRows.set(key, row.rowIndex);
      else findings.push({ code, params: { firstRow: table.rowNumber(first) }, field: field.id, rowIndex: row.rowIndex, severity: 'error' });
    }
  }
  return findings;
}

function uniqueKey(row: RowContext, field: string): string | undefined {
  const value = row.values[field];
  if (row.invalid.has(field) || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  return String(value);
}

/**
 * The values found more than once. A set of the values seen, one hashing per row, is all it takes: on a
 * city's roster of 500,000 IDs, where repeats are few, that is half the lookups and two thirds of the
 * memory of a map from every value to its first row; the first rows are then found for the repeats only.
 */
function repeatedAmong(rows: readonly RowContext[], keyOf: (row: RowContext) => string | undefined): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const known = seen.size;
    seen.add(key);
    if (seen.size === known) repeated.add(key);
  }
  return repeated;
}

/**
 * The rows, in sheet order, that may share a 公民身份号码 with another: found by sorting the numbers as
 * packed numbers (packIdNumber), as a set of a city's 500,000 numbers spends most of its time waiting on
 * memory and a sort of their packed keys does not. Rows whose key comes twice, and numbers that do not
 * pack, are then compared as text, so a repeat is always a repeat of the whole number.
 */
function rowsSharingIdNumbers(keyOf: (row: RowContext) => string | undefined, rows: readonly RowContext[]): readonly RowContext[] {
  const packed = new Float64Array(rows.length);
  rows.forEach((row, position) => {
    const key = keyOf(row);
    packed[position] = key === undefined ? Number.NaN : packIdNumber(key);
  });
  const sorted = packed.slice().sort();
  const repeatedKeys = new Set<number>();
  for (let index = 1; index < sorted.length; index += 1) {
    const key = sorted[index];
    if (key === sorted[index - 1]) repeatedKeys.add(key ?? Number.NaN);
  }
  return rows.filter((row, position) => {
    const key = packed[position] ?? Number.NaN;
    return Number.isNaN(key) ? keyOf(row) !== undefined : repeatedKeys.has(key);
  });
}
