import type { SummaryOfRows } from '@taizhang/core';
import type { NamedSummary } from '../host/WorkbookHost';

/** The sheet each ledger's summary goes on: the roster's is 汇总, as before there were other ledgers. */
const sheetNames: Readonly<Record<string, string>> = {
  roster: '汇总',
  organisation: '汇总-党组织',
  development: '汇总-发展党员',
  dues: '汇总-党费',
  'dues-payments': '汇总-党费缴纳',
  meetings: '汇总-三会一课',
  reconciliation: '汇总-台账核对',
};

/** Sheets Taizhang writes summaries on, which a check of the whole workbook passes over. */
export function isSummarySheet(name: string): boolean {
  return name === '汇总' || name.startsWith('汇总-');
}

/** Each summary with the sheet it goes on, always the same one for a ledger so writing again replaces it. */
export function summarySheets(results: readonly SummaryOfRows[]): NamedSummary[] {
  return results.map(({ summary }) => ({ sheet: sheetNames[summary.template] ?? `汇总-${summary.template}`, summary }));
}
