import { summarizeSheets, type SheetRows } from '@taizhang/core';
import type { NamedSummary } from '../host/WorkbookHost';
import { workbookError } from '../host/WorkbookError';
import type { CheckedSheet } from './checkActiveSheet';
import { summarySheets } from './summarySheets';

function rowsOf(checked: CheckedSheet): SheetRows[] {
  const { report, rows } = checked.result;
  return report.template === null ? [] : [{ file: checked.workbookName, sheet: report.sheet, template: report.template, rows, columns: report.columns }];
}

/**
 * The summaries of sheets checked together, each with its sheet: the rosters pooled into 汇总, one per
 * other ledger (the 党组织台账's with its 三分类 grading table), and 汇总-台账核对 when a roster sits beside
 * a ledger it is compared with. Refuses a lone sheet that is no ledger, and sheets with no summary (a
 * user's own template).
 */
export function summaryOf(sheets: readonly CheckedSheet[]): NamedSummary[] {
  const [first] = sheets;
  if (sheets.length === 1 && first !== undefined && first.result.report.template === null) throw workbookError('notRecognised', first.result.report.skipped);
  const results = first === undefined ? [] : summarizeSheets(sheets.flatMap(rowsOf), first.asOf);
  if (results.length === 0) throw workbookError('noSummary');
  return summarySheets(results);
}
