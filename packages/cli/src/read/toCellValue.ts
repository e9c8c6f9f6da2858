import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '@taizhang/core';

/**
 * One ExcelJS cell value as the core sees it: what the user reads in the cell. Rich text becomes its
 * plain text, a formula its cached result, a hyperlink its text; empty text and NaN are empty cells.
 */
export function toCellValue(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if ('error' in value) return { kind: 'error', code: value.error };
  // Shared-string runs with an empty <t/> come back with a null text.
  if ('richText' in value) return toCellValue(value.richText.map((run) => run.text ?? '').join(''));
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result);
  if ('hyperlink' in value) return toCellValue(value.text);
  return null;
}
