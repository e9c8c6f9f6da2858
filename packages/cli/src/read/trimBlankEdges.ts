import type { CellValue } from '@taizhang/core';

/**
 * Drops the empty cells at the end of each row and the empty rows at the end of the sheet: formatting
 * alone makes Excel store cells, and a styled but empty row 50,000 is not data. Holes inside become
 * empty cells and rows, so indices stay Excel positions.
 */
export function trimBlankEdges(rows: readonly (readonly (CellValue | undefined)[] | undefined)[]): CellValue[][] {
  const trimmed = Array.from(rows, (row) => {
    const cells = Array.from(row ?? [], (cell) => cell ?? null);
    let end = cells.length;
    while (end > 0 && cells[end - 1] === null) end -= 1;
    return cells.slice(0, end);
  });
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1]?.length === 0) end -= 1;
  return trimmed.slice(0, end);
}
