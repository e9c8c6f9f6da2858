import type { LeftoverCleanup } from '../host/WorkbookHost';
import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { asideSuffix, buildingSuffix, summarySheetName } from './writeSummary';

const numbered = (suffix: string) => new RegExp(`^(${summarySheetName}.*)${suffix}\\d*$`, 'u');
const building = numbered(buildingSuffix);
const aside = numbered(asideSuffix);

/**
 * Removes what a summary write cut short (the pane closed or reloaded between its syncs) left behind:
 * hidden half-built summary sheets are deleted, and an old summary moved aside is put back under its
 * name, or deleted when a new one already holds it. Only sheets named as `writeSummaries` names them are
 * touched; a read-only workbook is left alone.
 */
export async function cleanUpLeftovers(run: ExcelRun): Promise<LeftoverCleanup> {
  try {
    return await run(async (context) => {
      const workbook = context.workbook;
      workbook.load('readOnly');
      workbook.protection.load('protected');
      const sheets = workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      if (workbook.readOnly || workbook.protection.protected) return { removed: [], restored: [] };
      const names = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
      const removed: string[] = [];
      const restored: string[] = [];
      for (const sheet of sheets.items) {
        if (building.test(sheet.name) && sheet.visibility !== 'Visible') {
          sheet.delete();
          removed.push(sheet.name);
          continue;
        }
        const original = aside.exec(sheet.name)?.[1];
        if (original === undefined) continue;
        if (names.has(original.toLowerCase())) {
          sheet.delete();
          removed.push(sheet.name);
        } else {
          sheet.name = original;
          names.add(original.toLowerCase());
          restored.push(original);
        }
      }
      if (removed.length > 0 || restored.length > 0) await context.sync();
      return { removed, restored };
    });
  } catch (error) {
    throw workbookError('summaryRollbackFailed', error);
  }
}
