import { reconciliationIssues, withIssues, type CheckResult, type CustomTemplateDefinition, type Grid, type PartialDate } from '@taizhang/core';
import type { CheckRunner } from '../check/CheckRunner';
import type { WorkbookHost } from '../host/WorkbookHost';
import { isWorkbookError, onSheet } from '../host/WorkbookError';
import type { CheckedSheet } from './checkActiveSheet';
import { confirmUnchanged } from './confirmUnchanged';
import { stampOf } from './sheetStamp';
import { isSummarySheet } from './summarySheets';

export interface CheckedWorkbook {
  readonly workbookName: string;
  readonly asOf: PartialDate;
  /** Every visible sheet but the summaries, in tab order, with the reconciliation's issues added where the fix belongs. */
  readonly sheets: readonly CheckedSheet[];
}

export interface WorkbookProgress {
  readonly phase: 'reading' | 'checking';
  readonly sheet: string;
  /** 1-based position of the sheet among those checked, and their number. */
  readonly index: number;
  readonly count: number;
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface CheckWorkbookOptions {
  readonly asOf: PartialDate;
  /** The user's templates, as for checking one sheet. */
  readonly customTemplates?: readonly CustomTemplateDefinition[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: WorkbookProgress) => void;
}

/** The checked sheets with the reconciliation's issues added, when a roster sits beside a ledger it is compared with. */
function withReconciliation(results: readonly CheckResult[], workbookName: string): CheckResult[] {
  const added = reconciliationIssues(results.map(({ report, rows }) => ({ file: workbookName, report, rows })));
  return results.map((result, index) => {
    const extra = added[index] ?? [];
    return extra.length === 0 ? result : { ...result, report: withIssues(result.report, extra) };
  });
}

/**
 * Checks every visible sheet of the workbook as the ledger its header shows (read in chunks, one sheet
 * at a time, checked off the pane's thread), then reconciles the ledgers as a whole. Each ledger is
 * confirmed unchanged at the end, so a sheet edited during a long check is refused (`sheetChanged`,
 * naming it) rather than reported on. Sheets Taizhang wrote (汇总, 汇总-…) are passed over.
 */
export async function checkWorkbook(host: WorkbookHost, runCheck: CheckRunner, options: CheckWorkbookOptions): Promise<CheckedWorkbook> {
  const names = (await host.listSheets()).filter((sheet) => sheet.visible && !isSummarySheet(sheet.name)).map((sheet) => sheet.name);
  let workbookName = '';
  const read: { grid: Grid; result: CheckResult }[] = [];
  for (const [i, sheet] of names.entries()) {
    const where = { sheet, index: i + 1, count: names.length };
    const sheetRead = await host.readSheet({
      sheet,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      onProgress: (progress) => options.onProgress?.({ phase: 'reading', ...where, ...progress }),
    });
    workbookName = sheetRead.workbookName;
    options.onProgress?.({ phase: 'checking', ...where, rowsRead: sheetRead.grid.values.length, totalRows: sheetRead.grid.values.length });
    const request = { grid: sheetRead.grid, asOf: options.asOf, ...(options.customTemplates === undefined ? {} : { customTemplates: options.customTemplates }) };
    read.push({ grid: sheetRead.grid, result: await runCheck(request, options.signal) });
  }
  const results = withReconciliation(
    read.map((entry) => entry.result),
    workbookName,
  );
  const sheets = results.map((result, i) => ({ result, workbookName, asOf: options.asOf, stamp: stampOf(read[i]?.grid ?? { sheet: result.report.sheet, origin: { row: 1, column: 1 }, values: [] }, result.report) }));
  for (const { result, stamp } of sheets) {
    if (result.report.template === null) continue;
    try {
      await confirmUnchanged(host, stamp);
    } catch (error) {
      throw isWorkbookError(error) ? onSheet(error, stamp.sheet) : error;
    }
  }
  return { workbookName, asOf: options.asOf, sheets };
}
