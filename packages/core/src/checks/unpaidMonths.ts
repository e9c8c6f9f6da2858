import type { Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { monthFields, UNPAID_RUN_MONTHS, unpaidRuns, type MonthState } from './duesMonths';
import { endedMonths } from './endedMonths';

/** A 1月 … 12月 cell: blank or 0 is unpaid; a column the sheet lacks, or a value in error, is unknown. */
function monthState(row: Pick<RowContext, 'values' | 'invalid' | 'mapped'>, field: string): MonthState {
  if (!row.mapped.has(field) || row.invalid.has(field)) return 'unknown';
  const value = row.values[field];
  return value === undefined || value === 0 ? 'unpaid' : 'paid';
}

/**
 * 党章: 连续六个月不交纳党费 counts as 自行脱党 (RULES.md §3). Among the months of the as-of year already
 * over, a run of six or more blank months is flagged at its first month's cell.
 */
export function unpaidMonths(row: RowContext): Finding[] {
  const states = monthFields.slice(0, endedMonths(row.asOf)).map((field) => monthState(row, field));
  return unpaidRuns(states, UNPAID_RUN_MONTHS).map((run) => ({
    code: 'dues.unpaidRun',
    params: { from: `${run.from}月`, to: `${run.to}月`, months: run.to - run.from + 1 },
    field: `m${run.from}`,
    rowIndex: row.rowIndex,
    severity: 'warning',
  }));
}
