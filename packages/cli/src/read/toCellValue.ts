import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '@taizhang/core';

/**
 * ExcelJS's streaming reader keeps a formula but turns a cached error result (`t="e"`) into NaN, so its
 * code (#N/A, #REF! …) is gone by the time we see it; this stands for "some error value".
 */
export const unknownFormulaError = '#ERROR';

/**
 * One ExcelJS cell value as the core sees it: what the user reads in the cell. Rich text becomes its
 * plain text, a formula its cached result, a hyperlink its text; empty text is an empty cell.
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
  if ('formula' in value || 'sharedFormula' in value) {
    if (typeof value.result === 'number' && Number.isNaN(value.result)) {
      return { kind: 'error', code: unknownFormulaError };
    }
    return toCellValue(value.result);
  }
  if ('hyperlink' in value) return toCellValue(value.text);
  return null;
}
