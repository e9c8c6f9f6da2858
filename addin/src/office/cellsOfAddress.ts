import { columnNumber } from '@taizhang/core';

export interface CellPosition {
  /** 1-based Excel row and column. */
  readonly row: number;
  readonly column: number;
}

/** Areas of an address list, split on the commas that are not inside a quoted sheet name. */
function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of address) {
    if (char === "'") quoted = !quoted;
    if (char === ',' && !quoted) {
      areas.push(current);
      current = '';
    } else current += char;
  }
  areas.push(current);
  return areas.filter((area) => area.trim() !== '');
}

const reference = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/**
 * Every cell of an address as Excel prints a RangeAreas (`花名册!B3,'My Sheet'!D5:D7`). Whole rows or
 * columns never occur here (special cells come back as blocks of cells), so they are refused.
 */
export function cellsOfAddress(address: string): CellPosition[] {
  const cells: CellPosition[] = [];
  for (const area of splitAreas(address)) {
    const text = area.slice(area.lastIndexOf('!') + 1).trim();
    const match = reference.exec(text);
    if (match === null) throw new RangeError(`cellsOfAddress cannot read "${text}"`);
    const [, firstColumn = 'A', firstRow = '1', lastColumn = firstColumn, lastRow = firstRow] = match;
    const left = columnNumber(firstColumn);
    const right = columnNumber(lastColumn);
    for (let row = Number(firstRow); row <= Number(lastRow); row += 1) {
      for (let column = left; column <= right; column += 1) cells.push({ row, column });
    }
  }
  return cells;
}
