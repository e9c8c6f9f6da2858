import { buildRosterSummary, type Summary } from '@taizhang/core';
import { workbookError } from '../host/WorkbookError';
import type { CheckedSheet } from './checkActiveSheet';

/** The 汇总 of a checked sheet; only a 党员花名册 has one so far. */
export function summaryOf(checked: CheckedSheet): Summary {
  const { report, rows } = checked.result;
  if (report.template === null) throw workbookError('notRecognised', report.skipped);
  if (report.template !== 'roster') throw workbookError('notRoster', report.template);
  return buildRosterSummary({ rows, asOf: checked.asOf, sources: [{ file: checked.workbookName, sheet: report.sheet, rows: rows.length }] });
}
