import type { CellFix, CellValue, CustomTemplateDefinition, Grid, Issue, Summary } from '@taizhang/core';
import type { FixesApplied, FixesUndone, UndoableFixes } from './FixOutcome';

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface ReadOptions {
  /** The sheet to read; the active one when absent. */
  readonly sheet?: string;
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface ApplyFixesOptions {
  /** When the fixes are applied, for the change log. */
  readonly time: Date;
  /** First and last data rows, where a column's date format is looked for. */
  readonly dataRows?: readonly [number, number] | null;
}

export interface SheetRead {
  readonly grid: Grid;
  /** File name of the workbook, for the summary's 数据来源. */
  readonly workbookName: string;
}

export interface WorkbookSheet {
  readonly name: string;
  readonly visible: boolean;
}

/** A sheet's used range (values only): where it starts, 1-based like `Grid.origin`, and its size. */
export interface UsedArea {
  readonly origin: { readonly row: number; readonly column: number };
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Rows to read back from a sheet, across the columns it was read with, to tell whether it changed. */
export interface SheetProbe {
  readonly sheet: string;
  /** Excel row numbers. */
  readonly rows: readonly number[];
  readonly firstColumn: number;
  readonly columnCount: number;
}

/** What a sheet is like now: whether it may be changed, its used range and the probed rows' values. */
export interface SheetState {
  /** The workbook is open read-only. */
  readonly readOnly: boolean;
  /** The sheet is protected. */
  readonly protected: boolean;
  /** Null when the sheet is empty. */
  readonly used: UsedArea | null;
  /** The probe's rows, in its order; error values come back as their text (`#N/A`). */
  readonly rows: readonly (readonly CellValue[])[];
}

/** A summary and the sheet it goes on (`汇总`, `汇总-党组织`). */
export interface NamedSummary {
  readonly sheet: string;
  readonly summary: Summary;
}

/** What `cleanUpLeftovers` found of a summary write that never finished (the pane closed or reloaded mid-way). */
export interface LeftoverCleanup {
  /** Half-built sheets deleted. */
  readonly removed: readonly string[];
  /** Summaries moved aside and put back under their name. */
  readonly restored: readonly string[];
}

/**
 * What the task pane and the ribbon command may ask of the open workbook, over plain data. `office/`
 * implements it with Excel.run; tests and the UI use it without knowing Office exists.
 */
export interface WorkbookHost {
  /** The active sheet's used range as a grid. */
  readSheet(options?: ReadOptions): Promise<SheetRead>;
  /** Highlights the issues' cells by severity, on top of the sheet's own formatting. */
  markIssues(sheet: string, issues: readonly Issue[]): Promise<void>;
  /** Removes every highlight `markIssues` added to the sheet, and nothing else. */
  clearMarks(sheet: string): Promise<void>;
  /** Activates the sheet and selects (and so scrolls to) one cell, `C12`. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Creates or replaces each summary's sheet, all or none: on failure the workbook is left as it was;
   * a read-only or structure-protected workbook is refused before anything changes.
   */
  writeSummaries(summaries: readonly NamedSummary[]): Promise<void>;
  /** The workbook's sheets, in tab order. */
  listSheets(): Promise<readonly WorkbookSheet[]>;
  /** Reads back a few rows of a sheet, its used range and whether it may be changed, in one round trip. */
  inspectSheet(probe: SheetProbe): Promise<SheetState>;
  /** Removes what an interrupted `writeSummaries` left behind; run when the pane starts. */
  cleanUpLeftovers(): Promise<LeftoverCleanup>;
  /** The JSON text of each custom template saved in the workbook. */
  readTemplates(): Promise<readonly string[]>;
  /** Saves a custom template into the workbook, in place of one with the same `templateKey`. */
  saveTemplate(definition: CustomTemplateDefinition): Promise<void>;
  /** Deletes the saved template with this `templateKey`. */
  deleteTemplate(key: string): Promise<void>;
  /**
   * Writes safe fixes of one sheet, logs them on the 修改记录 sheet and keeps what undo needs in the
   * workbook, all or nothing; a cell changed since the check, or holding a formula, is left alone.
   */
  applyFixes(fixes: readonly CellFix[], options: ApplyFixesOptions): Promise<FixesApplied>;
  /** The latest applied fixes that undo would put back, if any. */
  lastFixes(): Promise<UndoableFixes | undefined>;
  /** Puts back the values and number formats the latest applied fixes changed, and takes their log rows out. */
  undoFixes(): Promise<FixesUndone>;
}
