/** Field ids of the 1月 … 12月 columns of a 党费收缴台账. */
export const monthFields: readonly string[] = Array.from({ length: 12 }, (_, index) => `m${index + 1}`);

/** A month's payment state: paid, unpaid, or unknown (no column, or a value in error). */
export type MonthState = 'paid' | 'unpaid' | 'unknown';

export interface UnpaidRun {
  /** First and last month of the run, 1-based. */
  readonly from: number;
  readonly to: number;
}

/** 党章: 连续六个月不交纳党费 without good reason counts as 自行脱党 (RULES.md §3). */
export const UNPAID_RUN_MONTHS = 6;

/** The runs of consecutive unpaid months in months 1 … n (`states[0]` is 1月); unknown months break a run. */
export function unpaidRuns(states: readonly MonthState[], minimum = 1): UnpaidRun[] {
  const runs: UnpaidRun[] = [];
  let start: number | undefined;
  states.forEach((state, index) => {
    if (state === 'unpaid') start ??= index + 1;
    else {
      if (start !== undefined && index - start + 1 >= minimum) runs.push({ from: start, to: index });
      start = undefined;
    }
  });
  if (start !== undefined && states.length - start + 1 >= minimum) runs.push({ from: start, to: states.length });
  return runs;
}
