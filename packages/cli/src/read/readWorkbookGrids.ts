import { stat } from 'node:fs/promises';
import type { Grid } from '@taizhang/core';
import { inputError } from '../CliError';
import { loadWorkbookValues } from './loadWorkbookValues';
import { readXlsxValues } from './readXlsxValues';
import type { WorkbookValues } from './WorkbookValues';

export interface ReadOptions {
  /** The file as the user named it, for messages. */
  readonly display?: string;
  /** Called with the number of bytes read so far, the file's size last. */
  readonly onProgress?: (bytesRead: number) => void;
}

/**
 * Every worksheet of an .xlsx file as a Grid whose origin is A1, so issue rows and columns are the ones
 * Excel shows, in tab order. Streams each worksheet (readXlsxValues), so large rosters never need the
 * whole workbook in memory, and only ever opens the file for reading. A file that reader refuses is
 * read whole by ExcelJS before it is called corrupt.
 */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  const display = options.display ?? path;
  let workbook: WorkbookValues | undefined;
  try {
    workbook = await readXlsxValues(path, options.onProgress);
  } catch (readError) {
    workbook = await loadWorkbookValues(path).catch(() => {
      throw inputError('corrupt', display, readError);
    });
    if (workbook && options.onProgress) options.onProgress((await stat(path)).size);
  }
  if (!workbook) throw inputError('notXlsx', display);
  const dateSystem = workbook.date1904 ? 1904 : 1900;
  return workbook.sheets.map(({ name, values }) => ({ sheet: name, origin: { row: 1, column: 1 }, values, dateSystem }));
}
