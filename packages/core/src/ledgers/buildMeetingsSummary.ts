import { usableDate, usableText } from '../checks/usableValues';
import { formatDate } from '../dates/dateMath';
import { precisionOf } from '../dates/PartialDate';
import { share } from '../stats/share';
import type { HeadlineFigure, Summary, SummaryColumn, SummaryTable } from '../summary/Summary';
import { totalLabel } from '../summary/tableLabels';
import type { LedgerSummaryInput } from './LedgerSummaryInput';
import { meetingCompliance, type MeetingComplianceLine, type MeetingOptions } from './meetingCompliance';

const defaultTitle = '三会一课开展情况汇总';

export interface MeetingsSummaryInput extends LedgerSummaryInput, MeetingOptions {}

const frequencyLabels = { month: '每月', quarter: '每季度', halfYear: '每半年', year: '每年' } as const;

function complianceTable(lines: readonly MeetingComplianceLine[]): SummaryTable {
  return {
    id: 'compliance',
    title: '各党支部三会一课开展情况',
    columns: [
      { key: 'label', label: '党支部', format: 'text' },
      { key: 'type', label: '会议类型', format: 'text' },
      { key: 'frequency', label: '要求', format: 'text' },
      { key: 'held', label: '已开次数', format: 'count' },
      { key: 'required', label: '应开次数', format: 'count' },
      { key: 'missed', label: '缺开次数', format: 'count' },
      { key: 'missedPeriods', label: '未开期间', format: 'text' },
    ],
    rows: lines.map((line) => ({
      label: line.branch,
      values: {
        type: line.type,
        frequency: line.frequency === null ? '不作要求' : `${frequencyLabels[line.frequency]}至少1次`,
        held: line.held,
        required: line.required,
        missed: line.missed.length,
        missedPeriods: line.missed.join('、'),
      },
    })),
  };
}

function behindTable(lines: readonly MeetingComplianceLine[]): SummaryTable {
  const behind = new Map<string, MeetingComplianceLine[]>();
  for (const line of lines.filter((candidate) => candidate.missed.length > 0)) behind.set(line.branch, [...(behind.get(line.branch) ?? []), line]);
  return {
    id: 'behind',
    title: '未按要求开展的党支部',
    columns: [
      { key: 'label', label: '党支部', format: 'text' },
      { key: 'missed', label: '缺开次数', format: 'count' },
      { key: 'detail', label: '缺开情况', format: 'text' },
    ],
    rows: [...behind.entries()].map(([branch, missing]) => ({
      label: branch,
      values: {
        missed: missing.reduce((sum, line) => sum + line.missed.length, 0),
        detail: missing.map((line) => `${line.type}（${line.missed.join('、')}）`).join('；'),
      },
    })),
  };
}

function byMonthTable(input: MeetingsSummaryInput, branches: readonly string[]): SummaryTable {
  const counts = new Map<string, number[]>(branches.map((branch) => [branch, Array.from({ length: 12 }, () => 0)]));
  for (const row of input.rows) {
    const branch = usableText(row, 'branch');
    const date = usableDate(row, 'meetingDate');
    const months = branch === undefined ? undefined : counts.get(branch);
    if (months === undefined || date?.month === undefined || date.year !== input.asOf.year || usableText(row, 'meetingType') === undefined) continue;
    months[date.month - 1] = (months[date.month - 1] ?? 0) + 1;
  }
  const line = (label: string, months: readonly number[]) => {
    const values: Record<string, number> = { total: months.reduce((sum, count) => sum + count, 0) };
    months.forEach((count, index) => {
      values[`m${index + 1}`] = count;
    });
    return { label, values };
  };
  const columns: SummaryColumn[] = [
    { key: 'label', label: '党支部', format: 'text' },
    ...Array.from({ length: 12 }, (_, index): SummaryColumn => ({ key: `m${index + 1}`, label: `${index + 1}月`, format: 'count' })),
    { key: 'total', label: '全年', format: 'count' },
  ];
  const all = Array.from({ length: 12 }, (_, index) => [...counts.values()].reduce((sum, months) => sum + (months[index] ?? 0), 0));
  return {
    id: 'byMonth',
    title: `${input.asOf.year}年各月会议次数`,
    columns,
    rows: branches.map((branch) => line(branch, counts.get(branch) ?? [])),
    total: line(totalLabel, all),
  };
}

/**
 * The 三会一课 summary of issue 5: per branch and kind of meeting, held against required over the periods
 * of the as-of year already over (党员大会 and 党课 quarterly, 支委会, 党小组会 and 主题党日 monthly,
 * 组织生活会 and 民主评议 yearly; configurable), the branches behind and what they missed, and meetings
 * per branch per month. `meetingCompliance` gives the same lines as plain data.
 *
 * @throws RangeError when `asOf` is not to the day.
 */
export function buildMeetingsSummary(input: MeetingsSummaryInput): Summary {
  if (precisionOf(input.asOf) !== 'day') throw new RangeError('buildMeetingsSummary requires an as-of date to the day');
  const lines = meetingCompliance(input.rows, input.asOf, input);
  const branches = [...new Set(lines.map((line) => line.branch))];
  const behind = new Set(lines.filter((line) => line.missed.length > 0).map((line) => line.branch));
  const headline: Record<string, HeadlineFigure> = {
    branches: { label: '党支部数', count: branches.length },
    meetings: { label: `${input.asOf.year}年已开会议`, count: lines.reduce((sum, line) => sum + line.held, 0) },
    branchesBehind: { label: '未按要求开展的党支部', count: behind.size, share: share(behind.size, branches.length) },
  };
  const skipped = input.rows.filter(
    (row) => usableText(row, 'branch') === undefined || usableText(row, 'meetingType') === undefined || usableDate(row, 'meetingDate')?.month === undefined,
  ).length;
  const notes = skipped > 0 ? [`${skipped} 条记录的党支部、会议类型或会议时间有误或缺失，未计入。`] : [];
  return {
    title: input.title ?? defaultTitle,
    asOf: formatDate(input.asOf),
    template: 'meetings',
    sources: input.sources,
    headline,
    tables: [complianceTable(lines), behindTable(lines), byMonthTable(input, branches)],
    charts: [{ id: 'byMonthChart', kind: 'bar', title: '各党支部全年会议次数', table: 'byMonth', series: ['total'] }],
    notes,
  };
}
