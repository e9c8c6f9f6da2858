import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { CellValue, Grid } from '../grid/Grid';
import { sampleId } from '../testing/sampleId';
import { buildDuesSummary } from './buildDuesSummary';
import { duesCollection } from './duesCollection';

const asOf = { year: 2026, month: 11, day: 22 };
const times = (amount: number | string, count: number): (number | string)[] => Array.from({ length: count }, () => amount);

/** A 2026 党费收缴台账 as of 2026-11-22: January to October are due. */
function monthlyGrid(): Grid {
  const months = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);
  const values: CellValue[][] = [
    ['序号', '姓名', '公民身份号码', '所在党支部', '人员类型', '计算基数', '月应缴党费', ...months],
    [1, '张伟', sampleId('19850312', '男'), '财政局机关支部', '在职', 5100, 76.5, ...times(76.5, 10)],
    [2, '李娜', sampleId('19900520', '女'), '财政局机关支部', '在职', 4900, 49, ...times(49, 10)],
    [3, '王强', sampleId('19781102', '男'), '税务局支部', '在职', 5100, 36.5, ...times(36.5, 10)],
    [4, '赵敏', sampleId('19600513', '女'), '税务局支部', '退休', 4200, 21, null, null, 63, null, null, 63, null, null, 63],
    [5, '刘洋', sampleId('20030415', '男'), '教育局支部', '学生', null, 0.2, ...times(0.2, 4)],
    [6, '陈刚', sampleId('19800101', '男'), '教育局支部', '在职', 12000, null, ...times(240, 10)],
    [7, '孙丽', sampleId('19700301', '女'), '农业农村局支部', '农民', null, 0.5, '已缴', ...times(0.5, 9)],
    [8, '吴昊', sampleId('19880808', '男'), '农业农村局支部', '在职', -3000, 15, ...times(15, 10)],
    ['合计'],
  ];
  return { sheet: '党费', origin: { row: 1, column: 1 }, values };
}

describe('a 党费收缴台账 by month, end to end (as of 2026-11-22)', () => {
  const { report, rows } = checkGrid(monthlyGrid(), { asOf });

  it('is recognised and checked: brackets, the blank amount, six months unpaid, bad amounts', () => {
    expect(report.template).toBe('dues');
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual([
      'G4 dues.amountMismatch',
      'E5 field.alias',
      'L6 dues.unpaidRun',
      'G7 dues.amountMissing',
      'H8 field.number',
      'F9 dues.negative',
    ]);
    const at = (cell: string) => report.issues.find((issue) => `${issue.column}${issue.row}` === cell && issue.rule !== 'field.alias');
    expect(at('G4')?.message).toBe('月应缴党费 36.50 元与应缴 76.50 元不符（在职 5100 × 1.5%）');
    expect(at('G7')).toMatchObject({ fix: '240.00', severity: 'info' });
    expect(at('L6')?.params).toEqual({ from: '5月', to: '10月', months: 6 });
  });

  // 王强's 月应缴党费 is in error, so he joins 陈刚 (blank) outside 应缴 and the rates.
  it('sums 应缴 and 实缴 by branch over the ten months due', () => {
    const collection = duesCollection(rows, asOf);
    expect(collection.months).toBe(10);
    expect(collection.branches).toEqual([
      { label: '财政局机关支部', members: 2, due: 1255, paid: 1255, rate: 1, late: 0 },
      { label: '教育局支部', members: 1, due: 2, paid: 0.8, rate: 0.4, late: 1 },
      { label: '农业农村局支部', members: 2, due: 155, paid: 154.5, rate: 15450 / 15500, late: 0 },
      { label: '税务局支部', members: 1, due: 210, paid: 189, rate: 0.9, late: 1 },
    ]);
    expect(collection.total).toEqual({ label: '合计', members: 6, due: 1622, paid: 1599.3, rate: 159930 / 162200, late: 2 });
    expect(collection.excluded).toMatchObject({ members: 2, paid: 2765 });
    expect(collection.byMonth[0]).toEqual({ label: '1月', members: 6, due: 162.2, paid: 140.7, rate: 14070 / 16220, late: 1 });
    expect(collection.latePayers).toEqual([
      { name: '赵敏', branch: '税务局支部', row: 5, unpaidMonths: [1, 2, 4, 5, 7, 8, 10], longestRun: 2 },
      { name: '刘洋', branch: '教育局支部', row: 6, unpaidMonths: [5, 6, 7, 8, 9, 10], longestRun: 6 },
    ]);
  });

  it('shows amounts to the 分 in the summary and lists who is behind', () => {
    const summary = buildDuesSummary({ rows, asOf, sources: [{ sheet: '党费', rows: 8 }] });
    expect(summary.headline).toEqual({
      members: { label: '党员人数', count: 8 },
      paidOnTime: { label: '按月足额缴纳', count: 6, share: 0.75 },
      latePayers: { label: '有月份未缴纳', count: 2, share: 0.25 },
      unpaidSixMonths: { label: '连续6个月以上未缴纳', count: 1, share: 0.125 },
    });
    const branches = summary.tables.find((table) => table.id === 'branches');
    expect(branches?.total).toEqual({ label: '合计', values: { members: 6, due: 1622, paid: 1599.3, rate: 159930 / 162200, late: 2 } });
    expect(summary.tables.find((table) => table.id === 'latePayers')?.rows[1]).toEqual({
      label: '刘洋',
      values: { branch: '教育局支部', unpaidMonths: '5月、6月、7月、8月、9月、10月', months: 6, longestRun: 6 },
    });
    expect(summary.notes).toEqual(['应缴按月应缴党费乘以截至统计日期已结束的 10 个月计算。', '2 人月应缴党费有误或缺失，未计入应缴和收缴率。']);
  });
});

describe('a record of 党费 payments, end to end (as of 2026-11-22)', () => {
  const grid: Grid = {
    sheet: '党费缴纳',
    origin: { row: 1, column: 1 },
    values: [
      ['姓名', '公民身份号码', '所在党支部', '缴费起始月份', '缴费截止月份', '缴费金额', '月应缴党费'],
      ['张伟', sampleId('19850312', '男'), '财政局机关支部', '2026.01', '2026.03', 229.5, 76.5],
      ['李娜', sampleId('19900520', '女'), '财政局机关支部', '2026.01', '2026.10', 490, 49],
      ['王强', sampleId('19781102', '男'), '税务局支部', '2026.01', '2026.02', 73, 36.5],
      ['张伟', sampleId('19850312', '男'), '财政局机关支部', '2026.04', '2026.06', 229.5, 76.5],
      ['赵敏', sampleId('19600513', '女'), '税务局支部', '2026.06', '2026.03', 84, 21],
      ['张伟', sampleId('19850312', '男'), '财政局机关支部', '2026.07', '2026.09', 229.5, 76.5],
      ['刘洋', null, '教育局支部', '2026.01', null, 0.2, 0.2],
      ['刘洋', null, '教育局支部', '2026.02', '2026.10', 1.8, 0.2],
    ],
  };
  const { report, rows } = checkGrid(grid, { asOf });

  it('is recognised as payments and flags the backward span and eight unpaid months at the payer’s last row', () => {
    expect(report.template).toBe('dues-payments');
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual(['D4 dues.unpaidRun', 'E6 dues.monthRange']);
    expect(report.issues[0]?.params).toEqual({ from: '3月', to: '10月', months: 8 });
  });

  it('gathers each member’s payments and spreads a span over its months', () => {
    const collection = duesCollection(rows, asOf, 'dues-payments');
    expect(collection.branches).toEqual([
      { label: '财政局机关支部', members: 2, due: 1255, paid: 1178.5, rate: 117850 / 125500, late: 1 },
      { label: '教育局支部', members: 1, due: 2, paid: 2, rate: 1, late: 0 },
      { label: '税务局支部', members: 2, due: 575, paid: 73, rate: 7300 / 57500, late: 1 },
    ]);
    expect(collection.latePayers.map((payer) => [payer.name, payer.unpaidMonths])).toEqual([
      ['张伟', [10]],
      ['王强', [3, 4, 5, 6, 7, 8, 9, 10]],
    ]);
    expect(buildDuesSummary({ rows, asOf, sources: [{ sheet: '党费缴纳', rows: 8 }], template: 'dues-payments' }).template).toBe('dues-payments');
  });
});
