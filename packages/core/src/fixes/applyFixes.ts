import { columnNumber } from '../grid/columnLetter';
import type { CellValue, Grid } from '../grid/Grid';
import type { CellFix } from './CellFix';
import { fixedCellValue } from './fixedCellValue';

/**
 * A new grid with the fixes written in (dates as Date cells, as a workbook reader gives them); the grid
 * given is not changed. Re-checking the result shows what the fixes settled.
 * @throws RangeError for a fix of another sheet or outside the grid.
 */
export function applyFixes(grid: Grid, fixes: readonly CellFix[]): Grid {
  const values: CellValue[][] = grid.values.map((row) => [...row]);
  for (const fix of fixes) {
    const rowIndex = fix.row - grid.origin.row;
    const columnIndex = columnNumber(fix.column) - grid.origin.column;
    const row = values[rowIndex];
    if (fix.sheet !== grid.sheet || row === undefined || columnIndex < 0) {
      throw new RangeError(`applyFixes: ${fix.sheet}!${fix.column}${fix.row} is not in sheet ${grid.sheet}`);
    }
    while (row.length < columnIndex) row.push(null);
    row[columnIndex] = fixedCellValue(fix);
  }
  return { ...grid, values };
}
