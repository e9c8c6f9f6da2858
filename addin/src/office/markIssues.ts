import type { Issue, Severity } from '@taizhang/core';
import { workbookError } from '../host/WorkbookError';
import { clearMarks } from './clearMarks';
import type { ExcelRun } from './ExcelRun';
import { addressLists, markAreas } from './markAreas';
import { markStyles } from './markStyle';
import { officeErrorCode } from './officeErrorCode';

/** Longest address list per conditional format: `getRanges` starts failing near 8,192 characters (office-js#5198). */
const addressLimit = 2000;
/** Address characters queued before a sync, keeping each request far under the 5 MB limit. */
const requestLimit = 1_000_000;

/** Info first so errors end on top: a new conditional format takes the highest priority. */
const order: readonly Severity[] = ['info', 'warning', 'error'];

/**
 * Highlights each issue's cell with a conditional format per severity and per list of areas, so the
 * sheet's own formatting stays underneath, untouched, and `clearMarks` can take exactly these away.
 * Ten thousand scattered cells make about forty formats and a single sync.
 */
export async function markIssues(run: ExcelRun, sheetName: string, issues: readonly Issue[]): Promise<void> {
  const areas = markAreas(issues);
  if (order.every((severity) => areas[severity].length === 0)) return;
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      let queued = 0;
      for (const severity of order) {
        const style = markStyles[severity];
        for (const address of addressLists(areas[severity], addressLimit)) {
          const format = sheet.getRanges(address).conditionalFormats.add('Custom');
          format.custom.rule.formula = style.formula;
          format.custom.format.fill.color = style.fill;
          format.custom.format.font.color = style.font;
          queued += address.length;
          if (queued >= requestLimit) {
            await context.sync();
            queued = 0;
          }
        }
      }
      await context.sync();
    });
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') throw workbookError('sheetMissing', error);
    // Leave no half-done highlighting behind.
    await clearMarks(run, sheetName).catch(() => undefined);
    // AccessDenied: the sheet was protected (or the workbook made read-only) after it was checked.
    throw workbookError(officeErrorCode(error) === 'AccessDenied' ? 'sheetProtected' : 'markFailed', error);
  }
}
