import type { RuleCode, Severity } from './Finding';

/** One problem in one cell, as the user sees it: Excel row number, column letter and header text. */
export interface Issue {
  readonly row: number;
  readonly column: string;
  readonly header: string;
  readonly field: string;
  readonly rule: RuleCode;
  readonly severity: Severity;
  /** zh-CN text; `formatIssueMessage(issue, 'en')` gives English. */
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly fix?: string;
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Where a template field was found in the sheet. */
export interface ColumnMapping {
  readonly field: string;
  readonly header: string;
  readonly column: string;
}

/** The outcome of checking one sheet. */
export interface SheetReport {
  readonly sheet: string;
  /** Template id (`roster`), or null when no template matched and the sheet was skipped. */
  readonly template: string | null;
  /** Excel row number of the header row (the lower one of a two-row header). */
  readonly headerRow: number | null;
  /** First and last Excel row numbers holding data. */
  readonly dataRows: readonly [number, number] | null;
  readonly columns: readonly ColumnMapping[];
  readonly issues: readonly Issue[];
  readonly counts: SeverityCounts;
  /** Why the sheet was not checked (zh-CN), present only when `template` is null. */
  readonly skipped?: string;
}
