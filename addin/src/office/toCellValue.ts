import type { CellValue } from '@taizhang/core';

/**
 * A cell as the core wants it from what `Range.values` gives: `''` for empty, numbers as they are (dates
 * stay serials; the template knows which columns hold dates), and error values as `CellError`.
 */
export function toCellValue(value: unknown, isError: boolean): CellValue {
  if (isError) return { kind: 'error', code: String(value) };
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
