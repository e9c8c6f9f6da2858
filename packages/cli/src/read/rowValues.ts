import { ValueType, type Row } from 'exceljs';
import { columnLetter, type CellValue } from '@taizhang/core';
import { earlySerialDate } from './earlySerialDate';
import { toCellValue } from './toCellValue';

/**
 * One row's cells as the core sees them, indexed by column (holes stay empty). A formula cell takes
 * its cached value from `formulas` when the XML was tapped (formulaResults.ts), else from `cell.result`:
 * ExcelJS's `cell.value` drops a cached result that is 0, FALSE or "".
 */
export function rowValues(row: Row, date1904: boolean, formulas?: ReadonlyMap<string, CellValue>): CellValue[] {
  const values: CellValue[] = [];
  row.eachCell((cell, column) => {
    // A cell reference is built only when the sheet has formulas: this runs for every cell.
    const tapped = formulas !== undefined && formulas.size > 0 ? formulas.get(`${columnLetter(column)}${row.number}`) : undefined;
    const value = tapped !== undefined ? tapped : toCellValue(cell.type === ValueType.Formula ? cell.result : cell.value);
    values[column - 1] = date1904 ? value : earlySerialDate(value);
  });
  return values;
}
