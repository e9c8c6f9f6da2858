import type { PartialDate } from '../dates/PartialDate';

/** A span of history from `start` (a day, inclusive) to the next period's start; the first has no start. */
export interface DatePeriod {
  readonly label: string;
  readonly start?: PartialDate;
}

// 2021公报 (RULES.md §7): 新中国成立 1949-10-01; 十一届三中全会 闭幕 1978-12-22; 党的十八大 开幕 2012-11-08.
export const joinPeriods: readonly DatePeriod[] = [
  { label: '新中国成立前' },
  { label: '新中国成立后至党的十一届三中全会前', start: { year: 1949, month: 10, day: 1 } },
  { label: '十一届三中全会后至党的十八大前', start: { year: 1978, month: 12, day: 22 } },
  { label: '党的十八大以来', start: { year: 2012, month: 11, day: 8 } },
];
