import type { WorkbookSheet } from '../host/WorkbookHost';
import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';

/** The workbook's sheets in tab order, and which of them the user can see. */
export async function listSheets(run: ExcelRun): Promise<WorkbookSheet[]> {
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((sheet) => ({ name: sheet.name, visible: sheet.visibility === 'Visible' }));
    });
  } catch (error) {
    throw workbookError('readFailed', error);
  }
}
