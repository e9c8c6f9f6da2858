import { ValueType, type Row } from 'exceljs';
import type { CellValue } from '@taizhang/core';
import { earlySerialDate } from './earlySerialDate';
import { toCellValue } from './toCellValue';

/**
 * One ExcelJS row's cells as the core sees them, indexed by column (holes stay empty). A formula cell
 * takes its cached value from `cell.result`: ExcelJS's `cell.value` drops a cached result that is 0,
 * FALSE or "".
 */
export function rowValues(row: Row, date1904: boolean): CellValue[] {
  const values: CellValue[] = [];
  row.eachCell((cell, column) => {
    const value = toCellValue(cell.type === ValueType.Formula ? cell.result : cell.value);
    values[column - 1] = date1904 ? value : earlySerialDate(value);
  });
  return values;
}
