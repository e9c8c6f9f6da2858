import type { WorkbookHost } from '../host/WorkbookHost';
import { isWorkbookError, onSheet, workbookError } from '../host/WorkbookError';
import { cellIssues } from './cellIssues';
import type { CheckedSheet } from './checkActiveSheet';
import { confirmUnchanged } from './confirmUnchanged';

/** Whether highlighting may go ahead on each sheet: unchanged since checked, the workbook writable, the sheet unprotected. */
async function confirmMarkable(host: WorkbookHost, sheets: readonly CheckedSheet[]): Promise<void> {
  for (const { stamp } of sheets) {
    try {
      const state = await confirmUnchanged(host, stamp);
      if (state.readOnly) throw workbookError('readOnly');
      if (state.protected) throw workbookError('sheetProtected');
    } catch (error) {
      throw isWorkbookError(error) && sheets.length > 1 ? onSheet(error, stamp.sheet) : error;
    }
  }
}

/**
 * Highlights the issues of checked sheets, all or none: every sheet is first confirmed unchanged and
 * markable, so a protected sheet or one edited meanwhile stops everything before any highlight; if
 * highlighting then fails on one sheet, the sheets already highlighted are cleared again.
 */
export async function markChecked(host: WorkbookHost, sheets: readonly CheckedSheet[]): Promise<void> {
  const marking = sheets.filter((sheet) => sheet.result.report.template !== null);
  await confirmMarkable(host, marking);
  const done: string[] = [];
  for (const { result } of marking) {
    try {
      await host.markIssues(result.report.sheet, cellIssues(result.report));
      done.push(result.report.sheet);
    } catch (error) {
      await Promise.all(done.map((sheet) => host.clearMarks(sheet).catch(() => undefined)));
      throw isWorkbookError(error) && marking.length > 1 ? onSheet(error, result.report.sheet) : error;
    }
  }
}
