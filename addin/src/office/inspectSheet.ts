import type { SheetProbe, SheetState } from '../host/WorkbookHost';
import { isWorkbookError, workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { officeErrorCode } from './officeErrorCode';
import { toCellValue } from './toCellValue';

/** Runs of consecutive row numbers, so the probed rows cost one range each run rather than each row. */
function runsOf(rows: readonly number[]): { readonly first: number; readonly count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const row of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.first + last.count === row) last.count += 1;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

/**
 * One round trip: whether the workbook is read-only and the sheet protected, the sheet's used range
 * (values only, as `readSheet` takes it) and the values of the probed rows across the probe's columns.
 */
export async function inspectSheet(run: ExcelRun, probe: SheetProbe): Promise<SheetState> {
  try {
    return await run(async (context) => {
      const workbook = context.workbook;
      workbook.load('readOnly');
      const sheet = workbook.worksheets.getItem(probe.sheet);
      sheet.protection.load('protected');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const runs = probe.columnCount < 1 ? [] : runsOf(probe.rows);
      const ranges = runs.map((rows) => sheet.getRangeByIndexes(rows.first - 1, probe.firstColumn - 1, rows.count, probe.columnCount).load('values'));
      await context.sync();
      const values = new Map<number, readonly ReturnType<typeof toCellValue>[]>();
      runs.forEach((rows, i) => ranges[i]?.values.forEach((line, r) => values.set(rows.first + r, line.map((value) => toCellValue(value, false)))));
      return {
        readOnly: workbook.readOnly,
        protected: sheet.protection.protected,
        used: used.isNullObject ? null : { origin: { row: used.rowIndex + 1, column: used.columnIndex + 1 }, rowCount: used.rowCount, columnCount: used.columnCount },
        rows: probe.rows.map((row) => values.get(row) ?? []),
      };
    });
  } catch (error) {
    if (isWorkbookError(error)) throw error;
    throw workbookError(officeErrorCode(error) === 'ItemNotFound' ? 'sheetMissing' : 'readFailed', error);
  }
}
