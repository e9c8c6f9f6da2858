import type { CheckResult, PartialDate } from '@taizhang/core';
import type { CheckRunner } from '../check/CheckRunner';
import type { WorkbookHost } from '../host/WorkbookHost';

export interface CheckedSheet {
  readonly result: CheckResult;
  readonly workbookName: string;
  readonly asOf: PartialDate;
}

export type CheckProgress = { readonly phase: 'reading'; readonly rowsRead: number; readonly totalRows: number } | { readonly phase: 'checking' };

export interface CheckActiveSheetOptions {
  readonly asOf: PartialDate;
  readonly templateId?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: CheckProgress) => void;
}

/** Reads the active sheet and checks it off the pane's thread. */
export async function checkActiveSheet(host: WorkbookHost, runCheck: CheckRunner, options: CheckActiveSheetOptions): Promise<CheckedSheet> {
  const { grid, workbookName } = await host.readSheet({
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onProgress: (progress) => options.onProgress?.({ phase: 'reading', ...progress }),
  });
  options.onProgress?.({ phase: 'checking' });
  const request = options.templateId === undefined ? { grid, asOf: options.asOf } : { grid, asOf: options.asOf, templateId: options.templateId };
  const result = await runCheck(request, options.signal);
  return { result, workbookName, asOf: options.asOf };
}
