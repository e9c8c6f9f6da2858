import type { CheckResult, CustomTemplateDefinition, Grid, PartialDate } from '@taizhang/core';
import type { CheckRunner } from '../check/CheckRunner';
import type { WorkbookHost } from '../host/WorkbookHost';
import { confirmUnchanged } from './confirmUnchanged';
import { stampOf, type SheetStamp } from './sheetStamp';

export interface CheckedSheet {
  readonly result: CheckResult;
  readonly workbookName: string;
  readonly asOf: PartialDate;
  /** The sheet as it was read, to tell before highlighting whether the user changed it since. */
  readonly stamp: SheetStamp;
  /** The sheet as read, to plan safe fixes and draft a template from; kept for a sheet checked on its own. */
  readonly grid?: Grid;
}

export type CheckProgress = { readonly phase: 'reading'; readonly rowsRead: number; readonly totalRows: number } | { readonly phase: 'checking' };

export interface CheckActiveSheetOptions {
  readonly asOf: PartialDate;
  readonly templateId?: string;
  /** The templates saved in the workbook. */
  readonly customTemplates?: readonly CustomTemplateDefinition[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CheckProgress) => void;
}

/**
 * Reads the active sheet and checks it off the pane's thread; a ledger is then confirmed unchanged, so
 * results of a sheet edited during the check are refused (`sheetChanged`) rather than shown.
 */
export async function checkActiveSheet(host: WorkbookHost, runCheck: CheckRunner, options: CheckActiveSheetOptions): Promise<CheckedSheet> {
  const { grid, workbookName } = await host.readSheet({
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onProgress: (progress) => options.onProgress?.({ phase: 'reading', ...progress }),
  });
  options.onProgress?.({ phase: 'checking' });
  const request = {
    grid,
    asOf: options.asOf,
    ...(options.templateId === undefined ? {} : { templateId: options.templateId }),
    ...(options.customTemplates === undefined ? {} : { customTemplates: options.customTemplates }),
  };
  const result = await runCheck(request, options.signal);
  const stamp = stampOf(grid, result.report);
  if (result.report.template !== null) await confirmUnchanged(host, stamp);
  return { result, workbookName, asOf: options.asOf, stamp, grid };
}
