import { formatDate, type Issue } from '@taizhang/core';
import type { CheckRun } from '../check/checkFiles';

/** One checked sheet in the `--json` document (a public contract, documented in the README). */
export interface JsonSheet {
  readonly sheet: string;
  readonly template: string | null;
  readonly headerRow: number | null;
  readonly dataRows: readonly [number, number] | null;
  readonly issues: readonly Issue[];
  /** Why the sheet was not checked, only when `template` is null. */
  readonly skipped?: string;
}

export interface JsonDocument {
  readonly asOf: string;
  readonly files: readonly { readonly file: string; readonly sheets: readonly JsonSheet[] }[];
}

export function toJsonDocument(run: CheckRun): JsonDocument {
  return {
    asOf: formatDate(run.asOf),
    files: run.files.map(({ file, sheets }) => ({
      file,
      sheets: sheets.map(({ report }): JsonSheet => {
        const sheet: JsonSheet = {
          sheet: report.sheet,
          template: report.template,
          headerRow: report.headerRow,
          dataRows: report.dataRows,
          issues: report.issues,
        };
        return report.skipped === undefined ? sheet : { ...sheet, skipped: report.skipped };
      }),
    })),
  };
}

export function renderJson(run: CheckRun): string {
  return `${JSON.stringify(toJsonDocument(run), null, 2)}\n`;
}
