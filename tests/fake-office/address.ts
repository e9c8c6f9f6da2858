/**
 * A1 addresses as Excel parses and prints them, written independently of the add-in's own helpers so the
 * fake is an oracle rather than a copy of the code under test.
 */

/** A block of cells, 0-based and inclusive, like Excel's `rowIndex`/`columnIndex`. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const maxRows = 1_048_576;
export const maxColumns = 16_384;

export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

function columnIndex(name: string): number {
  let index = 0;
  for (const char of name.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

const cellPattern = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const columnPattern = /^\$?([A-Za-z]{1,3})$/;
const rowPattern = /^\$?(\d{1,7})$/;

interface Corner {
  readonly row?: number;
  readonly column?: number;
}

function parseCorner(text: string): Corner | undefined {
  const cell = cellPattern.exec(text);
  if (cell) return { column: columnIndex(cell[1] ?? ''), row: Number(cell[2]) - 1 };
  const column = columnPattern.exec(text);
  if (column) return { column: columnIndex(column[1] ?? '') };
  const row = rowPattern.exec(text);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

function inBounds(rect: Rect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom < maxRows && rect.right < maxColumns && rect.top <= rect.bottom && rect.left <= rect.right;
}

/** Splits `Sheet!A1:B2` into its sheet part (unquoted) and its reference; the sheet is undefined when absent. */
export function splitSheet(address: string): { readonly sheet: string | undefined; readonly reference: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, reference: address };
  const sheetPart = address.slice(0, bang);
  const sheet = sheetPart.startsWith("'") && sheetPart.endsWith("'") ? sheetPart.slice(1, -1).replaceAll("''", "'") : sheetPart;
  return { sheet, reference: address.slice(bang + 1) };
}

/** One rectangular reference (`B3`, `A1:C9`, `C:C`, `2:4`), or undefined when Excel would reject it. */
export function parseRect(reference: string): Rect | undefined {
  const [first, second, extra] = reference.trim().split(':');
  if (first === undefined || extra !== undefined) return undefined;
  const start = parseCorner(first);
  const end = second === undefined ? start : parseCorner(second);
  if (start === undefined || end === undefined) return undefined;
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.column === undefined && end.column === undefined;
  if (second === undefined && (wholeColumns || wholeRows)) return undefined;
  if ((start.row === undefined) !== (end.row === undefined) || (start.column === undefined) !== (end.column === undefined)) return undefined;
  const rect: Rect = {
    top: wholeColumns ? 0 : Math.min(start.row ?? 0, end.row ?? 0),
    bottom: wholeColumns ? maxRows - 1 : Math.max(start.row ?? 0, end.row ?? 0),
    left: wholeRows ? 0 : Math.min(start.column ?? 0, end.column ?? 0),
    right: wholeRows ? maxColumns - 1 : Math.max(start.column ?? 0, end.column ?? 0),
  };
  return inBounds(rect) ? rect : undefined;
}

export function rectAddress(rect: Rect): string {
  const start = `${columnName(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${columnName(rect.right)}${rect.bottom + 1}`;
}

/** How Excel prints a sheet name inside an address: quoted unless it is plain letters, digits and underscores. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !cellPattern.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

export function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}
