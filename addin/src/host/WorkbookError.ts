/** Why an operation on the workbook failed, in terms the pane can explain to the user. */
export type WorkbookErrorCode =
  | 'cancelled'
  | 'checkFailed'
  | 'notRecognised'
  | 'notRoster'
  | 'readFailed'
  | 'cellTooLarge'
  | 'sheetMissing'
  | 'markFailed'
  | 'clearFailed'
  | 'selectFailed'
  | 'summaryFailed'
  | 'summaryRollbackFailed';

export interface WorkbookError extends Error {
  readonly name: 'WorkbookError';
  readonly code: WorkbookErrorCode;
  readonly cause: unknown;
}

export function workbookError(code: WorkbookErrorCode, cause?: unknown): WorkbookError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return Object.assign(new Error(`${code}${detail}`, { cause }), { name: 'WorkbookError' as const, code, cause });
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof Error && error.name === 'WorkbookError' && 'code' in error && typeof error.code === 'string';
}
