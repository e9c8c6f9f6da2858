import type { Finding } from '../report/Finding';
import type { FieldSpec, RowContext, TableContext } from '../templates/Template';
import { repeatedKeys } from './repeatedKeys';
import { textHash } from './textHash';

/**
 * Fields marked unique must not repeat; the later row carries the issue and names the first one.
 */
export function uniqueFields(fields: readonly FieldSpec[], table: TableContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of fields.filter((spec) => spec.unique === true)) {
    const keyOf = (row: RowContext) => uniqueKey(row, field.id);
    const hashOf = (row: RowContext) => {
      const key = keyOf(row);
      return key === undefined ? Number.NaN : textHash(key);
    };
    const code = field.type === 'idNumber' ? 'duplicate.id' : 'duplicate.value';
    for (const { first, later } of repeatedKeys(table.rows, hashOf, keyOf)) {
      findings.push({ code, params: { firstRow: table.rowNumber(first.rowIndex) }, field: field.id, rowIndex: later.rowIndex, severity: 'error' });
    }
  }
  return findings;
}

function uniqueKey(row: RowContext, field: string): string | undefined {
  const value = row.values[field];
  if (row.invalid.has(field) || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
  return String(value);
}
