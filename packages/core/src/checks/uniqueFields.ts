import type { Finding } from '../report/Finding';
import type { FieldSpec, TableContext } from '../templates/Template';

/**
 * Fields marked unique must not repeat; the later row carries the issue and names the first one.
 */
export function uniqueFields(fields: readonly FieldSpec[], table: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of fields.filter((spec) => spec.unique === true)) {
    const firstSeen = new Map<string, number>();
    for (const row of table.rows) {
      const value = row.values[field.id];
      if (row.invalid.has(field.id) || (typeof value !== 'string' && typeof value !== 'number')) continue;
      const key = String(value);
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, row.rowIndex);
        continue;
      }
      const code = field.type === 'idNumber' ? 'duplicate.id' : 'duplicate.value';
      findings.push({ code, params: { firstRow: table.rowNumber(first) }, field: field.id, rowIndex: row.rowIndex, severity: 'error' });
    }
  }
  return findings;
}
