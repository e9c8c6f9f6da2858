import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { CellValue, Grid } from '../grid/Grid';
import { buildMeetingsSummary } from './buildMeetingsSummary';
import { meetingCompliance } from './meetingCompliance';

const asOf = { year: 2026, month: 7, day: 15 };
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const A = '财政局机关支部';
const B = '税务局支部';

/** Half a year of 三会一课 records of two branches, as of 2026-07-15 (January to June are over). */
function meetingsGrid(): Grid {
  const meeting = (branch: string, type: string, date: CellValue, expected: number, present: number, leave: number): CellValue[] => [
    branch,
    type,
    date,
    branch === A ? '王芳' : '赵敏',
    expected,
    present,
    leave,
    '学习贯彻党的二十届四中全会精神',
  ];
  const values: CellValue[][] = [
    ['所在党支部', '会议类型', '会议时间', '主持人', '应到人数', '实到人数', '请假人数', '会议议题'],
    meeting(A, '支部党员大会', utc(2026, 3, 20), 23, 20, 2),
    ...[1, 2, 3, 4, 5, 6].map((month) => meeting(A, '支部委员会', utc(2026, month, 5), 5, month === 3 ? 4 : 5, month === 3 ? 1 : 0)),
    meeting(A, '支部党员大会', utc(2026, 6, 18), 23, 13, 3),
    meeting(A, '党课', utc(2026, 4, 10), 23, 21, 2),
    ...[1, 3, 4, 5, 6].map((month) => meeting(A, '主题党日', utc(2026, month, 15), 23, 22, 1)),
    meeting(B, '支部党员大会', utc(2026, 5, 8), 12, 6, 2),
    meeting(B, '支委会', utc(2026, 1, 12), 3, 3, 0),
    meeting(B, '支部委员会', utc(2026, 2, 10), 3, 3, 1),
    meeting(B, '支部委员会', utc(2026, 4, 15), 3, 3, 0),
    meeting(B, '支部委员会', utc(2026, 6, 11), 3, 2, 1),
    meeting(B, '党课', utc(2026, 2, 25), 12, 11, 1),
    meeting(B, '党课', utc(2026, 5, 20), 12, 10, 2),
    meeting(B, '主题党日', utc(2025, 12, 28), 12, 12, 0),
    meeting(B, '主题党日', utc(2026, 8, 1), 12, 12, 0),
    meeting(B, '主题党日', '2026.03', 12, 11, 1),
  ];
  return { sheet: '三会一课', origin: { row: 1, column: 1 }, values };
}

describe('三会一课 records end to end (as of 2026-07-15)', () => {
  const { report, rows } = checkGrid(meetingsGrid(), { asOf });
  const options = { frequencies: { 党小组会: null }, branches: ['教育局支部'] } as const;

  it('checks attendance, the 党员大会 quorum and dates', () => {
    expect(report.template).toBe('meetings');
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual([
      'F16 meeting.noQuorum',
      'B17 field.alias',
      'F18 meeting.attendanceExceeds',
      'C24 date.future',
    ]);
    expect(report.issues[0]?.message).toBe('支部党员大会实到 6 人，未超过应到 12 人的半数：须有半数以上党员到会');
  });

  it('compares meetings held with those required in the periods already over', () => {
    const held = meetingCompliance(rows, asOf, options).map((line) => `${line.branch} ${line.type} ${line.held}/${line.required} ${line.missed.join('、')}`);
    expect(held).toEqual([
      `${A} 支部党员大会 2/2 `,
      `${A} 支部委员会 6/6 `,
      `${A} 党小组会 0/0 `,
      `${A} 党课 1/2 第一季度`,
      `${A} 主题党日 5/6 2月`,
      `${A} 组织生活会 0/0 `,
      `${A} 民主评议 0/0 `,
      '教育局支部 支部党员大会 0/2 第一季度、第二季度',
      '教育局支部 支部委员会 0/6 1月、2月、3月、4月、5月、6月',
      '教育局支部 党小组会 0/0 ',
      '教育局支部 党课 0/2 第一季度、第二季度',
      '教育局支部 主题党日 0/6 1月、2月、3月、4月、5月、6月',
      '教育局支部 组织生活会 0/0 ',
      '教育局支部 民主评议 0/0 ',
      `${B} 支部党员大会 1/2 第一季度`,
      `${B} 支部委员会 4/6 3月、5月`,
      `${B} 党小组会 0/0 `,
      `${B} 党课 2/2 `,
      `${B} 主题党日 1/6 1月、2月、4月、5月、6月`,
      `${B} 组织生活会 0/0 `,
      `${B} 民主评议 0/0 `,
    ]);
  });

  it('counts a yearly meeting as required once the year is over', () => {
    const yearEnd = meetingCompliance(rows, { year: 2026, month: 12, day: 31 }, options).find((line) => line.branch === A && line.type === '组织生活会');
    expect(yearEnd).toMatchObject({ held: 0, required: 1, missed: ['全年'] });
  });

  it('summarises held against required, the branches behind and meetings per month', () => {
    const summary = buildMeetingsSummary({ rows, asOf, sources: [{ sheet: '三会一课', rows: 24 }], ...options });
    expect(summary.headline).toEqual({
      branches: { label: '党支部数', count: 3 },
      meetings: { label: '2026年已开会议', count: 22 },
      branchesBehind: { label: '未按要求开展的党支部', count: 3, share: 1 },
    });
    expect(summary.tables.find((table) => table.id === 'behind')?.rows[0]).toEqual({
      label: A,
      values: { missed: 2, detail: '党课（第一季度）；主题党日（2月）' },
    });
    const byMonth = summary.tables.find((table) => table.id === 'byMonth');
    expect(byMonth?.rows[0]).toEqual({ label: A, values: { m1: 2, m2: 1, m3: 3, m4: 3, m5: 2, m6: 3, m7: 0, m8: 0, m9: 0, m10: 0, m11: 0, m12: 0, total: 14 } });
    expect(byMonth?.total?.values['total']).toBe(22);
    expect(summary.notes).toEqual(['1 条记录的党支部、会议类型或会议时间有误或缺失，未计入。']);
  });
});
