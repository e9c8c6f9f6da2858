import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { officeErrorCode } from './officeErrorCode';

/** Activates the sheet and selects the cell, which makes Excel scroll it into view. */
export async function selectCell(run: ExcelRun, sheetName: string, address: string): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  } catch (error) {
    throw workbookError(officeErrorCode(error) === 'ItemNotFound' ? 'sheetMissing' : 'selectFailed', error);
  }
}
