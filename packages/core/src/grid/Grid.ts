import { isTrimmable } from '../text/cleanText';

/** An Excel error value such as `#N/A` or `#REF!`, kept apart from text so it is never mistaken for data. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
}

/**
 * One cell as a sheet gives it. Numbers in date columns may be Excel serial dates; which ones are is
 * decided by the template, not here.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/**
 * The 2-D values of a sheet (or of a part of it) and where they sit, so that every issue can name the
 * Excel row number and column letter the user sees.
 */
export interface Grid {
  readonly sheet: string;
  /** 1-based Excel row and column of `values[0][0]`. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly values: readonly (readonly CellValue[])[];
  /** Workbooks made on old Macs count serial dates from 1904-01-01. */
  readonly dateSystem?: 1900 | 1904;
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && value.kind === 'error';
}

export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  // Text is blank only if it starts with white space: most cells are answered without trimming them
  // (this runs for every cell of every row).
  return value.length === 0 || (isTrimmable(value.charCodeAt(0)) && value.trim() === '');
}
