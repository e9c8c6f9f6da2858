/** Why a planned fix was left alone when applying: the cell holds a formula, or no longer what was checked. */
export type FixSkipReason = 'formula' | 'changed';

export interface FixesApplied {
  /** Cells written. */
  readonly applied: number;
  readonly skipped: readonly { readonly cell: string; readonly reason: FixSkipReason }[];
  /** The sheet the change log went to (`修改记录`, or `修改记录2` when that name held something else). */
  readonly logSheet: string | undefined;
}

/** The last applied fixes, which undo would put back. */
export interface UndoableFixes {
  /** When they were applied, as the change log shows it (`2025-06-30 14:05:09`). */
  readonly time: string;
  readonly sheet: string;
  readonly cells: number;
}

export interface FixesUndone {
  /** Cells given back their value and number format. */
  readonly restored: number;
  /** Cells edited since the fix, which undo leaves as they are. */
  readonly kept: number;
  /** Whether the fixes' rows were taken out of the change log (they are not when the log was edited meanwhile). */
  readonly logRowsRemoved: boolean;
}
