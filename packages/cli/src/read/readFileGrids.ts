import type { Grid } from '@taizhang/core';
import { CliError, fileSystemError } from '../CliError';
import { readCsvGrid } from './readCsvGrid';
import { readWorkbookGrids } from './readWorkbookGrids';
import { sniffFile } from './sniffFile';

/**
 * The sheets of one .xlsx or .csv file, chosen by what the bytes are rather than the name. Every
 * failure becomes a CliError naming the file; nothing is ever written to it.
 */
export async function readFileGrids(
  path: string,
  display: string,
  onProgress?: (bytesRead: number) => void,
): Promise<Grid[]> {
  try {
    const kind = await sniffFile(path, display);
    if (kind === 'csv') return [await readCsvGrid(path, display)];
    return await readWorkbookGrids(path, onProgress ? { display, onProgress } : { display });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileSystemError(error, display);
  }
}
