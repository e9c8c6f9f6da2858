import type { Finding } from '../report/Finding';
import type { FieldSpec, RowContext, TableContext } from '../templates/Template';
import { possibleRepeats } from './possibleRepeats';
import { textHash } from './textHash';

/**
 * Fields marked unique must not repeat; the later row carries the issue and names the first one.
 */
export function uniqueFields(fields: readonly FieldSpec[], table: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of fields.filter((spec) => spec.unique === true)) {
    const keyOf = (row: RowContext) => uniqueKey(row, field.id);
    // Only rows whose value hashes like another's are compared: on a city's 500,000 IDs, a few percent.
    const hashes = new Float64Array(table.rows.length);
    for (let position = 0; position < hashes.length; position += 1) {
      const row = table.rows[position];
      const key = row && keyOf(row);
      hashes[position] = key === undefined ? Number.NaN : textHash(key);
    }
    const candidates = possibleRepeats(hashes).map((position) => table.rows[position]).filter((row) => row !== undefined);
    const code = field.type === 'idNumber' ? 'duplicate.id' : 'duplicate.value';
    const firstRows = new Map<string, number>();
    for (const row of candidates) {
      const key = keyOf(row);
      if (key === undefined) continue;
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
