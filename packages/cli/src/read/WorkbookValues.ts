import type { CellValue } from '@taizhang/core';

export interface SheetValues {
  readonly name: string;
  readonly values: CellValue[][];
}

/** What a reader got out of an .xlsx: its worksheets' values and what xl/workbook.xml says. */
export interface WorkbookValues {
  readonly sheets: SheetValues[];
  /** The tabs' order. */
  readonly sheetNames: readonly string[];
  readonly date1904: boolean;
}
