import type { Grid, Issue, Summary } from '@taizhang/core';

export interface ReadProgress {
  readonly rowsRead: number;
  readonly totalRows: number;
}

export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface SheetRead {
  readonly grid: Grid;
  /** File name of the workbook, for the summary's 数据来源. */
  readonly workbookName: string;
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
  /** Creates or replaces the 汇总 sheet; on failure the workbook is left as it was. */
  writeSummary(summary: Summary): Promise<void>;
}
