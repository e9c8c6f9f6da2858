import { endedMonths } from '../checks/endedMonths';
import { usableDate, usableText } from '../checks/usableValues';
import { defaultMeetingFrequencies, meetingTypes, type MeetingFrequency, type MeetingType } from '../codes/meetingTypes';
import { firstDay, lastDay } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';

export interface MeetingOptions {
  /**
   * How often each meeting is required; RULES.md §5.1 and §10 by default (党课 quarterly). `null` drops
   * a requirement, such as 党小组会 for branches without 党小组.
   */
  readonly frequencies?: Readonly<Partial<Record<MeetingType, MeetingFrequency | null>>>;
  /** Branches that must hold meetings even if the records show none (e.g. from the 党组织台账). */
  readonly branches?: readonly string[];
}

/** One branch and one kind of meeting over the as-of year up to the as-of date. */
export interface MeetingComplianceLine {
  readonly branch: string;
  readonly type: MeetingType;
  /** Null when not required. */
  readonly frequency: MeetingFrequency | null;
  /** Meetings held in the as-of year up to the as-of date. */
  readonly held: number;
  /** Periods (months, quarters …) of the as-of year already over: one meeting is required in each. */
  readonly required: number;
  /** The periods over with no such meeting, by name (3月, 第二季度 …). */
  readonly missed: readonly string[];
}

const periodMonths: Readonly<Record<MeetingFrequency, number>> = { month: 1, quarter: 3, halfYear: 6, year: 12 };
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
const HALVES = ['上半年', '下半年'];

export function periodLabel(frequency: MeetingFrequency, period: number): string {
  switch (frequency) {
    case 'month':
      return `${period + 1}月`;
    case 'quarter':
      return QUARTERS[period] ?? '';
    case 'halfYear':
      return HALVES[period] ?? '';
    case 'year':
      return '全年';
  }
}

const byName = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Meetings held against those required, per branch and kind (支部工作条例; RULES.md §5.1, §9.10): each
 * period of the as-of year already over needs at least one. A meeting counts in its period when its date
 * is known to the month, is in the as-of year and not after the as-of date; rows whose branch, kind or
 * date is in error are left out.
 */
export function meetingCompliance(rows: readonly DataRow[], asOf: PartialDate, options: MeetingOptions = {}): MeetingComplianceLine[] {
  const frequencies: Readonly<Record<MeetingType, MeetingFrequency | null>> = { ...defaultMeetingFrequencies, ...options.frequencies };
  const ended = endedMonths(asOf);
  const last = lastDay(asOf);
  const held = new Map<string, number[]>();
  for (const row of rows) {
    const branch = usableText(row, 'branch');
    const type = usableText(row, 'meetingType');
    const date = usableDate(row, 'meetingDate');
    if (branch === undefined || type === undefined || date?.month === undefined || date.year !== asOf.year || firstDay(date) > last) continue;
    const key = `${branch}|${type}`;
    held.set(key, [...(held.get(key) ?? []), date.month - 1]);
  }
  const branches = [...new Set([...(options.branches ?? []), ...rows.map((row) => usableText(row, 'branch')).filter((b): b is string => b !== undefined)])];
  branches.sort(byName.compare);
  return branches.flatMap((branch) =>
    meetingTypes.map((type): MeetingComplianceLine => {
      const frequency = frequencies[type];
      const months = held.get(`${branch}|${type}`) ?? [];
      if (frequency === null) return { branch, type, frequency, held: months.length, required: 0, missed: [] };
      const length = periodMonths[frequency];
      const required = Math.floor(ended / length);
      const missed: string[] = [];
      for (let period = 0; period < required; period += 1) {
        if (!months.some((month) => Math.floor(month / length) === period)) missed.push(periodLabel(frequency, period));
      }
      return { branch, type, frequency, held: months.length, required, missed };
    }),
  );
}
