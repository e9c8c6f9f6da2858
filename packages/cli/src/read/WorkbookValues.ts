import type { CellValue } from '@taizhang/core';

export interface SheetValues {
  readonly name: string;
  readonly values: CellValue[][];
}

/** What a reader got out of an .xlsx: its worksheets' values in tab order, and its date system. */
export interface WorkbookValues {
  readonly sheets: SheetValues[];
  readonly date1904: boolean;
}
