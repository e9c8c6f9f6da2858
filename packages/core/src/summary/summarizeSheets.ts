import { buildLedgerSummary, isLedgerSummaryTemplate, ledgerSummaryTemplates } from '../ledgers/buildLedgerSummary';
import { reconcile, type ReconcileSheet } from '../ledgers/reconcile';
import { isReconciled, needsReconciliation } from '../ledgers/reconciliationIssues';
import { formatDate } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';
import { buildRosterSummary } from './buildRosterSummary';
import { poolSheets } from './poolSheets';
import type { Summary } from './Summary';

/** One checked sheet: where it came from, the template it was checked as, and its rows. */
export type SheetRows = ReconcileSheet;

export interface SummaryOfRows {
  readonly summary: Summary;
  /** The rows the summary was built from (pooled for the roster), for figures a renderer adds, such as grading. */
  readonly rows: readonly DataRow[];
}

/**
 * The summaries of everything checked together: the rosters pooled into one (a person in two files
 * counted once and named in a note), one summary per other ledger, and, when a roster sits beside a
 * ledger it can be compared with, the 台账核对 reconciliation table. Sheets of other templates (a
 * user's own) have no summary.
 */
export function summarizeSheets(sheets: readonly SheetRows[], asOf: PartialDate): SummaryOfRows[] {
  const results: SummaryOfRows[] = [];
  const rosters = sheets.filter((sheet) => sheet.template === 'roster');
  if (rosters.length > 0) {
    const pool = poolSheets(rosters.map((sheet) => ({ file: sheet.file ?? '', sheet: sheet.sheet, rows: sheet.rows })));
    results.push({ summary: buildRosterSummary({ rows: pool.rows, asOf, sources: pool.sources, duplicates: pool.duplicates }), rows: pool.rows });
  }
  for (const template of ledgerSummaryTemplates) {
    const ledgers = sheets.filter((sheet) => sheet.template === template);
    if (ledgers.length === 0 || !isLedgerSummaryTemplate(template)) continue;
    const rows = ledgers.flatMap((sheet) => sheet.rows);
    const sources = ledgers.map((sheet) => ({ ...(sheet.file === undefined ? {} : { file: sheet.file }), sheet: sheet.sheet, rows: sheet.rows.length }));
    results.push({ summary: buildLedgerSummary(template, { rows, asOf, sources }), rows });
  }
  if (needsReconciliation(sheets.map((sheet) => sheet.template))) {
    const compared = sheets.filter((sheet) => isReconciled(sheet.template));
    results.push({ summary: reconciliationSummary(compared, asOf), rows: [] });
  }
  return results;
}

function reconciliationSummary(sheets: readonly SheetRows[], asOf: PartialDate): Summary {
  const { table } = reconcile(sheets);
  return {
    title: '台账核对',
    asOf: formatDate(asOf),
    template: 'reconciliation',
    sources: sheets.map((sheet) => ({ ...(sheet.file === undefined ? {} : { file: sheet.file }), sheet: sheet.sheet, rows: sheet.rows.length })),
    headline: {},
    tables: [table],
    charts: [],
    notes: ['花名册与党组织、发展党员、党费台账逐项核对；不一致之处已作为提示列在各工作表的检查结果中。'],
  };
}
