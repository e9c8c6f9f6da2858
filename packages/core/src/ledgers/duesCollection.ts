import { monthFields, unpaidRuns, type MonthState } from '../checks/duesMonths';
import { endedMonths } from '../checks/endedMonths';
import { paidMonthSpan, payerKey } from '../checks/paymentMonths';
import { usableNumber, usableText } from '../checks/usableValues';
import type { PartialDate } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';

/** One member's dues over the months of the as-of year already over. */
export interface DuesPayer {
  readonly name: string;
  readonly branch: string | undefined;
  /** Excel row of the member's (first) row. */
  readonly row: number;
  /** 月应缴党费 in 分; undefined when blank or in error. */
  readonly monthlyDueFen: number | undefined;
  /** Paid per month in 分, index 0 = 1月; a span payment is split evenly over its months. */
  readonly paidFen: readonly number[];
  readonly states: readonly MonthState[];
}

/** 应缴 / 实缴 in 元 and the rate, for a branch, a month or the whole ledger. */
export interface CollectionLine {
  readonly label: string;
  readonly members: number;
  readonly due: number;
  readonly paid: number;
  /** 实缴 ÷ 应缴 as a fraction; above 1 when members paid more (党费规定第十一条: 自愿多交不限), 0 when nothing is due. */
  readonly rate: number;
  /** Members with at least one month due and unpaid. */
  readonly late: number;
}

export interface LatePayer {
  readonly name: string;
  readonly branch: string | undefined;
  readonly row: number;
  /** Unpaid months, 1-based. */
  readonly unpaidMonths: readonly number[];
  readonly longestRun: number;
}

export interface DuesCollection {
  /** Months of the as-of year already over, the months counted as due. */
  readonly months: number;
  readonly branches: readonly CollectionLine[];
  readonly byMonth: readonly CollectionLine[];
  /** Members without a usable 月应缴党费: their 实缴 is shown but no 应缴 or rate. */
  readonly excluded: CollectionLine;
  readonly total: CollectionLine;
  readonly latePayers: readonly LatePayer[];
}

const byName = new Intl.Collator('zh-CN', { numeric: true });
/** Label of the branch line for members whose 所在党支部 is blank or in error. */
export const noBranchLabel = '（未填党支部）';

function fen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** One member per row of a 1月 … 12月 ledger. Months no row has a value for are taken as not yet recorded. */
function monthlyPayers(rows: readonly DataRow[], months: number): DuesPayer[] {
  const recorded = monthFields.map((field) => rows.some((row) => row.values[field] !== undefined || row.invalid.has(field)));
  return rows.map((row) => {
    const paidFen: number[] = [];
    const states: MonthState[] = [];
    for (let index = 0; index < months; index += 1) {
      const field = monthFields[index] ?? '';
      const amount = usableNumber(row, field);
      paidFen.push(amount === undefined || amount < 0 ? 0 : fen(amount));
      states.push(!recorded[index] || row.invalid.has(field) ? 'unknown' : amount === undefined || amount === 0 ? 'unpaid' : 'paid');
    }
    const due = usableNumber(row, 'monthlyDue');
    return {
      name: usableText(row, 'name') ?? `第 ${row.row} 行`,
      branch: usableText(row, 'branch'),
      row: row.row,
      monthlyDueFen: due === undefined || due < 0 ? undefined : fen(due),
      paidFen,
      states,
    };
  });
}

/** Payment rows gathered per member (by ID, else name within branch). */
function paymentPayers(rows: readonly DataRow[], months: number, year: number): DuesPayer[] {
  const groups = new Map<string, DataRow[]>();
  for (const row of rows) {
    const key = payerKey(row) ?? `row:${row.row}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].flatMap((group): DuesPayer[] => {
    const first = group[0];
    if (first === undefined) return [];
    const paidFen = Array.from({ length: months }, () => 0);
    const covered = Array.from({ length: months }, () => false);
    let unsure = false;
    for (const row of group) {
      const span = paidMonthSpan(row);
      const amount = usableNumber(row, 'paidAmount');
      if (span === undefined || row.invalid.has('paidAmount')) {
        unsure = true;
        continue;
      }
      if (amount === undefined || amount <= 0) continue;
      const count = span.last - span.first + 1;
      const total = fen(amount);
      for (let index = span.first; index <= span.last; index += 1) {
        const month = index - year * 12;
        // The remainder of an uneven split goes to the first month, so the parts add up to the payment.
        const part = Math.floor(total / count) + (index === span.first ? total % count : 0);
        if (month >= 0 && month < months) {
          paidFen[month] = (paidFen[month] ?? 0) + part;
          covered[month] = true;
        }
      }
    }
    const due = group.map((row) => usableNumber(row, 'monthlyDue')).find((value) => value !== undefined);
    return [
      {
        name: usableText(first, 'name') ?? `第 ${first.row} 行`,
        branch: group.map((row) => usableText(row, 'branch')).find((value) => value !== undefined),
        row: first.row,
        monthlyDueFen: due === undefined || due < 0 ? undefined : fen(due),
        paidFen,
        states: covered.map((paid) => (paid ? 'paid' : unsure ? 'unknown' : 'unpaid')),
      },
    ];
  });
}

function line(label: string, payers: readonly DuesPayer[], months: readonly number[]): CollectionLine {
  const dueFen = payers.reduce((sum, payer) => sum + (payer.monthlyDueFen ?? 0) * months.length, 0);
  const paidFen = payers.reduce((sum, payer) => sum + months.reduce((inner, month) => inner + (payer.paidFen[month] ?? 0), 0), 0);
  return {
    label,
    members: payers.length,
    due: dueFen / 100,
    paid: paidFen / 100,
    rate: dueFen === 0 ? 0 : paidFen / dueFen,
    late: payers.filter((payer) => months.some((month) => payer.states[month] === 'unpaid')).length,
  };
}

/**
 * 应缴 and 实缴 of a 党费 ledger by branch and by month, over the months of the as-of year already over
 * (党费规定第十二条: dues are paid month by month), and the members with months unpaid. `template` says
 * the layout: `dues` (a 1月 … 12月 column per month) or `dues-payments` (a row per payment, a span split
 * evenly over its months). 应缴 is 月应缴党费 × the months due, so members without one are set apart.
 */
export function duesCollection(rows: readonly DataRow[], asOf: PartialDate, template: 'dues' | 'dues-payments' = 'dues'): DuesCollection {
  const months = endedMonths(asOf);
  const payers = template === 'dues' ? monthlyPayers(rows, months) : paymentPayers(rows, months, asOf.year);
  const counted = payers.filter((payer) => payer.monthlyDueFen !== undefined);
  const all = Array.from({ length: months }, (_, index) => index);
  const branchNames = [...new Set(counted.map((payer) => payer.branch ?? noBranchLabel))].sort(byName.compare);
  const latePayers = payers
    .map((payer): LatePayer => {
      const unpaidMonths = all.filter((month) => payer.states[month] === 'unpaid').map((month) => month + 1);
      const longestRun = Math.max(0, ...unpaidRuns(payer.states).map((run) => run.to - run.from + 1));
      return { name: payer.name, branch: payer.branch, row: payer.row, unpaidMonths, longestRun };
    })
    .filter((payer) => payer.unpaidMonths.length > 0);
  return {
    months,
    branches: branchNames.map((branch) => line(branch, counted.filter((payer) => (payer.branch ?? noBranchLabel) === branch), all)),
    byMonth: all.map((month) => line(`${month + 1}月`, counted, [month])),
    excluded: line('未计入（月应缴党费有误或缺失）', payers.filter((payer) => payer.monthlyDueFen === undefined), all),
    total: line('合计', counted, all),
    latePayers,
  };
}
