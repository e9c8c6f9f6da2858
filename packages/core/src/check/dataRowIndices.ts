import type { CellValue, Grid } from '../grid/Grid';
import { isBlank } from '../grid/Grid';
import type { HeaderMatch } from '../header/HeaderMatch';

// Lines under a table that are not members: signatures, totals, notes.
const FOOTER_START = /^(填表人|审核人|制表人|填报人|负责人|联系人|联系电话|填表日期|填报日期|审核日期|报送日期|备注|说明|注[:：]|注意事项|填写注意事项|填表说明|合计|总计|小计)/;
const NOTE_MIN_LENGTH = 40;

/**
 * Indices of the grid rows below the header that hold data. Blank rows, footer lines and instruction
 * blocks (one long text, often merged across the table) are not members.
 */
export function dataRowIndices(grid: Grid, match: HeaderMatch): number[] {
  const indices: number[] = [];
  for (let rowIndex = match.headerIndex + 1; rowIndex < grid.values.length; rowIndex += 1) {
    const row = grid.values[rowIndex] ?? [];
    // Counted only up to two, the most the tests below need: a member's row is told at its second filled
    // cell rather than after all of them, and this runs for every row of the sheet.
    let filled = 0;
    let onlyFilled: CellValue | undefined;
    for (const column of match.columns) {
      const cell = row[column.columnIndex];
      if (isBlank(cell)) continue;
      filled += 1;
      if (filled > 1) break;
      onlyFilled = cell;
    }
    if (filled === 0 || isFooter(row) || (filled === 1 && isNote(onlyFilled))) continue;
    indices.push(rowIndex);
  }
  return indices;
}

function firstText(row: readonly CellValue[]): string | undefined {
  for (const cell of row) {
    if (!isBlank(cell)) return typeof cell === 'string' ? cell.trim() : undefined;
  }
  return undefined;
}

function isFooter(row: readonly CellValue[]): boolean {
  const text = firstText(row);
  return text !== undefined && FOOTER_START.test(text.replace(/\s/g, ''));
}

/** A row whose one filled cell is a long text or several lines is an instruction, not a member. */
function isNote(only: CellValue | undefined): boolean {
  return typeof only === 'string' && (only.length >= NOTE_MIN_LENGTH || only.trim().includes('\n'));
}
