import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileSystemError, inputError } from '../CliError';

const tableExtensions = new Set(['.xlsx', '.csv']);

/**
 * The files to check: files as given, folders searched recursively for .xlsx and .csv (leaving out the
 * `~$name.xlsx` lock files Excel keeps beside an open workbook), each path once, sorted.
 * A missing path, or a folder with nothing to check, is an error.
 */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw fileSystemError(error, path);
    });
    if (!info.isDirectory()) {
      files.add(path);
      continue;
    }
    const found = await tablesIn(path);
    if (found.length === 0) throw inputError('noFiles', path);
    for (const file of found) files.add(file);
  }
  return [...files].sort(comparePaths);
}

async function tablesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return tablesIn(path);
      const isTable = entry.isFile() && tableExtensions.has(extname(entry.name).toLowerCase());
      return isTable && !entry.name.startsWith('~$') ? [path] : [];
    }),
  );
  return nested.flat();
}

function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
