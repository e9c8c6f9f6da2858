import type { DataRow, FieldValue } from '@taizhang/core';
import { maskIdsInText } from './maskIdsInText';

/**
 * The row with ID numbers masked in its text fields other than the ID fields, which summaries need whole
 * to count a person once. A 所在党支部 or 姓名 cell holding an ID number (a column pasted one off)
 * would otherwise become a label in the 汇总.
 */
export function maskRow(row: DataRow, idFields: ReadonlySet<string>): DataRow {
  const values: Record<string, FieldValue> = {};
  for (const [field, value] of Object.entries(row.values)) {
    values[field] = typeof value === 'string' && !idFields.has(field) ? maskIdsInText(value) : value;
  }
  return { ...row, values };
}
