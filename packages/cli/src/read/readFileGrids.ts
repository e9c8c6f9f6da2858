import type { Grid } from '@taizhang/core';
import { CliError, inputError, unreadableError } from '../CliError';
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

export function fileSystemError(error: unknown, display: string): CliError {
  // Not `instanceof Error`: errors from Node's fs may come from another realm (as under Jest).
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return inputError('missing', display, error);
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError('unreadable', `无法读取 ${display}：没有读取权限，请检查文件权限或先复制到自己的文件夹`, {
      cause: error,
    });
  }
  if (code === 'EBUSY') {
    return new CliError('unreadable', `无法读取 ${display}：文件正被其他程序占用，请关闭后再检查`, { cause: error });
  }
  return unreadableError(display, error);
}
