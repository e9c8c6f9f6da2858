import { countBySeverity } from '../check/countBySeverity';
import type { DataRow } from '../report/DataRow';
import type { Issue, SheetReport } from '../report/Issue';
import { reconcile } from './reconcile';

/** Ledgers `reconcile` compares with the roster (issue 5: roster ↔ 党组织, 发展党员, 党费). */
const comparedWithRoster: ReadonlySet<string> = new Set(['organisation', 'development', 'dues', 'dues-payments']);

/** Whether a sheet checked as this template takes part in reconciliation. */
export function isReconciled(template: string | null): boolean {
  return template === 'roster' || (template !== null && comparedWithRoster.has(template));
}

/** Whether these templates call for reconciling: a roster beside a ledger it is compared with. */
export function needsReconciliation(templates: Iterable<string | null>): boolean {
  const present = new Set(templates);
  return present.has('roster') && [...comparedWithRoster].some((template) => present.has(template));
}

export interface CheckedLedger {
  readonly file?: string;
  readonly report: SheetReport;
  readonly rows: readonly DataRow[];
}

/**
 * The issues reconciliation adds to each checked sheet, in the order given: all empty unless a roster
 * sits beside a ledger it is compared with. Callers present them as they present the sheet's own.
 */
export function reconciliationIssues(sheets: readonly CheckedLedger[]): (readonly Issue[])[] {
  const added: (readonly Issue[])[] = sheets.map(() => []);
  if (!needsReconciliation(sheets.map((sheet) => sheet.report.template))) return added;
  const taking = sheets.flatMap((sheet, index) => (isReconciled(sheet.report.template) ? [{ sheet, index }] : []));
  const result = reconcile(
    taking.map(({ sheet }) => ({
      ...(sheet.file === undefined ? {} : { file: sheet.file }),
      sheet: sheet.report.sheet,
      template: sheet.report.template ?? '',
      rows: sheet.rows,
      columns: sheet.report.columns,
    })),
  );
  taking.forEach(({ index }, position) => {
    added[index] = result.sheets[position]?.issues ?? [];
  });
  return added;
}

/** A report with more issues, its severity counts recounted. */
export function withIssues(report: SheetReport, extra: readonly Issue[]): SheetReport {
  if (extra.length === 0) return report;
  const issues = [...report.issues, ...extra];
  return { ...report, issues, counts: countBySeverity(issues) };
}
