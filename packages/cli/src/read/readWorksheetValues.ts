import type { CellValue } from '@taizhang/core';
import { scanXml } from './scanXml';
import { stringItemText } from './stringItemText';
import { xmlCellValue, type CellContext } from './xmlCellValue';

export interface SheetContext extends CellContext {
  /** The `s` values of the cell styles that show dates (readDateStyles). */
  readonly dateStyles: ReadonlySet<string>;
}

/**
 * The values of one worksheet part (`<sheetData>`), row by row from A1, in the shape trimBlankEdges
 * gives: holes are empty cells and rows, and nothing empty ends a row or the sheet. The XML is taken
 * in pieces and each row is built as the core's values directly, without a copy: an empty cell is
 * never stored, and the holes before a value are filled as it is. A row or cell without an `r` takes
 * the position after the previous one, as ECMA-376 allows. Formulas are not read: a formula cell's
 * value is its cached result.
 */
export async function readWorksheetValues(source: string | AsyncIterable<string>, context: SheetContext): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  const { dateStyles } = context;
  const inline = stringItemText();
  let inSheetData = false;
  let row: CellValue[] | undefined;
  let rowNumber = 0;
  let column = -1;
  let inCell = false;
  let cellType: string | undefined;
  let cellIsDate = false;
  let inValue = false;
  let value = '';
  let inInline = false;
  let hasInline = false;

  await scanXml(source, {
    open: (name, attributes) => {
      if (inCell) {
        if (inInline) inline.open(name);
        else if (name === 'v') inValue = true;
        else if (name === 'is') inInline = hasInline = true;
      } else if (name === 'c') {
        if (row === undefined) return;
        inCell = true;
        column = columnIndexOf(attributes['r'], column + 1);
        cellType = attributes['t'];
        const style = attributes['s'];
        cellIsDate = style !== undefined && dateStyles.has(style);
        value = '';
        hasInline = false;
      } else if (name === 'row') {
        if (!inSheetData) return;
        const number = Number.parseInt(attributes['r'] ?? '', 10);
        rowNumber = Number.isNaN(number) ? rowNumber + 1 : number;
        row = [];
        column = -1;
      } else if (name === 'sheetData') {
        inSheetData = true;
      }
    },
    text: (text) => {
      if (inValue) value = value === '' ? text : value + text;
      else if (inInline) inline.text(text);
    },
    close: (name) => {
      if (inCell) {
        if (inInline) {
          if (name === 'is') inInline = false;
          else inline.close(name);
        } else if (name === 'v') {
          inValue = false;
        } else if (name === 'c') {
          inCell = false;
          // <is> belongs to inline strings only, whatever t says; a <v> in one is read as plain text.
          const cell = hasInline
            ? xmlCellValue('inlineStr', inline.take(), false, context)
            : xmlCellValue(cellType === 'inlineStr' ? 'str' : cellType, value, cellIsDate, context);
          if (cell !== null && row !== undefined) putCell(row, column, cell);
        }
      } else if (name === 'row' && row !== undefined) {
        if (row.length > 0 && rowNumber > 0) putRow(rows, rowNumber - 1, row);
        row = undefined;
      } else if (name === 'sheetData') {
        inSheetData = false;
      }
    },
  });
  return rows;
}

function putCell(row: CellValue[], column: number, value: CellValue): void {
  while (row.length < column) row.push(null);
  row[column] = value;
}

function putRow(rows: CellValue[][], index: number, row: CellValue[]): void {
  while (rows.length < index) rows.push([]);
  rows[index] = row;
}

/** The 0-based column of a cell reference's letters ("AB12" → 27), or `next` without any. */
function columnIndexOf(reference: string | undefined, next: number): number {
  if (reference === undefined) return next;
  let column = 0;
  for (let index = 0; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + code - 0x60;
  }
  return column === 0 ? next : column - 1;
}
