import type { DataRow, FieldValue } from '@taizhang/core';
import { maskIdsInText } from './maskIdsInText';

/** An ID number needs at least 15 ASCII digits (maskIdsInText's pattern); most cells have far fewer. */
const minimumIdDigits = 15;

/**
 * The row with ID numbers masked in its text fields other than the ID fields, which summaries need whole
 * to count a person once. A 所在党支部 or 姓名 cell holding an ID number (a column pasted one off)
 * would otherwise become a label in the 汇总. A row with nothing to mask is returned as it is: this runs
 * for every row of a city's roster.
 */
export function maskRow(row: DataRow, idFields: ReadonlySet<string>): DataRow {
  let values: Record<string, FieldValue> | undefined;
  for (const field in row.values) {
    const value = row.values[field];
    if (typeof value !== 'string' || idFields.has(field) || !hasEnoughDigits(value)) continue;
    const masked = maskIdsInText(value);
    if (masked === value) continue;
    values ??= { ...row.values };
    values[field] = masked;
  }
  return values === undefined ? row : { ...row, values };
}

function hasEnoughDigits(text: string): boolean {
  if (text.length < minimumIdDigits) return false;
  let digits = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57 && ++digits >= minimumIdDigits) return true;
  }
  return false;
}
