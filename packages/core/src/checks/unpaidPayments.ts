import type { Finding } from '../report/Finding';
import type { RowContext, TableContext } from '../templates/Template';
import { UNPAID_RUN_MONTHS, unpaidRuns, type MonthState } from './duesMonths';
import { endedMonths } from './endedMonths';
import { paidMonthSpan, payerKey } from './paymentMonths';

/** A row pays when its 实缴金额 is above 0, or when the sheet has no amount column (the row is the payment). */
function pays(row: RowContext): boolean {
  const amount = row.values['paidAmount'];
  return !row.mapped.has('paidAmount') || (typeof amount === 'number' && amount > 0);
}

/**
 * 党章: 连续六个月不交纳党费 counts as 自行脱党 (RULES.md §3). In a record of payments (one row per payment,
 * 缴费月份 or a span of months), each person's months of the as-of year already over and paid by no row
 * are gathered; a run of six or more is flagged at the person's last row. A person with a row whose
 * months or amount are in error is left alone.
 */
export function unpaidPayments(table: TableContext): Finding[] {
  const ended = endedMonths(table.asOf);
  const people = new Map<string, { rows: RowContext[]; unsure: boolean }>();
  for (const row of table.rows) {
    const key = payerKey(row);
    if (key === undefined) continue;
    const person = people.get(key) ?? { rows: [], unsure: false };
    person.rows.push(row);
    person.unsure ||= row.invalid.has('paidAmount') || paidMonthSpan(row) === undefined;
    people.set(key, person);
  }
  const findings: Finding[] = [];
  for (const { rows, unsure } of people.values()) {
    const last = rows[rows.length - 1];
    if (unsure || last === undefined) continue;
    const states: MonthState[] = Array.from({ length: ended }, () => 'unpaid');
    for (const row of rows) {
      const span = paidMonthSpan(row);
      if (span === undefined || !pays(row)) continue;
      for (let index = span.first; index <= span.last; index += 1) {
        const month = index - table.asOf.year * 12;
        if (month >= 0 && month < ended) states[month] = 'paid';
      }
    }
    for (const run of unpaidRuns(states, UNPAID_RUN_MONTHS)) {
      findings.push({
        code: 'dues.unpaidRun',
        params: { from: `${run.from}月`, to: `${run.to}月`, months: run.to - run.from + 1 },
        field: 'payMonth',
        rowIndex: last.rowIndex,
        severity: 'warning',
      });
    }
  }
  return findings;
}
