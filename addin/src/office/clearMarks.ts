import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { isMarkFormula } from './markStyle';
import { officeErrorCode } from './officeErrorCode';

/**
 * Deletes the conditional formats `markIssues` added to the sheet, found by their tagged rule, so the
 * sheet's own fills and its own conditional formats are never touched. Three syncs at most: list the
 * formats, read the custom rules, delete ours.
 */
export async function clearMarks(run: ExcelRun, sheetName: string): Promise<void> {
  try {
    await run(async (context) => {
      const formats = context.workbook.worksheets.getItem(sheetName).getRange().conditionalFormats;
      formats.load('items/type');
      await context.sync();
      const custom = formats.items
        .filter((format) => format.type === 'Custom')
        .map((format) => ({ format, rule: format.custom.rule.load('formula') }));
      if (custom.length === 0) return;
      await context.sync();
      const ours = custom.filter(({ rule }) => isMarkFormula(rule.formula));
      for (const { format } of ours) format.delete();
      if (ours.length > 0) await context.sync();
    });
  } catch (error) {
    // A sheet deleted since it was checked has no marks left to clear.
    if (officeErrorCode(error) === 'ItemNotFound') return;
    throw workbookError('clearFailed', error);
  }
}
