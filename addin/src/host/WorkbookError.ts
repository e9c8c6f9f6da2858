/** Why an operation on the workbook failed, in terms the pane can explain to the user. */
export type WorkbookErrorCode =
  | 'cancelled'
  | 'checkFailed'
  | 'notRecognised'
  | 'noSummary'
  | 'readFailed'
  | 'cellTooLarge'
  | 'sheetMissing'
  | 'markFailed'
  | 'clearFailed'
  | 'selectFailed'
  | 'summaryFailed'
  | 'summaryRollbackFailed'
  | 'sheetChanged'
  | 'sheetProtected'
  | 'readOnly'
  | 'workbookProtected'
  | 'templateReadFailed'
  | 'templateSaveFailed'
  | 'fixFailed'
  | 'fixRollbackFailed'
  | 'fixProtected'
  | 'undoFailed'
  | 'nothingToUndo';

export interface WorkbookError extends Error {
  readonly name: 'WorkbookError';
  readonly code: WorkbookErrorCode;
  readonly cause: unknown;
  /** The sheet it happened on, when one of several sheets was being worked on. */
  readonly sheet?: string;
}

export function workbookError(code: WorkbookErrorCode, cause?: unknown): WorkbookError {
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return Object.assign(new Error(`${code}${detail}`, { cause }), { name: 'WorkbookError' as const, code, cause });
}

/** The same error, saying which sheet it happened on. */
export function onSheet(error: WorkbookError, sheet: string): WorkbookError {
  return Object.assign(workbookError(error.code, error.cause), { sheet });
}

export function isWorkbookError(error: unknown): error is WorkbookError {
  return error instanceof Error && error.name === 'WorkbookError' && 'code' in error && typeof error.code === 'string';
}
