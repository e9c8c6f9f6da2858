import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { CellValue, Grid } from '../grid/Grid';
import { sampleId } from '../testing/sampleId';
import { buildDevelopmentSummary } from './buildDevelopmentSummary';

const asOf = { year: 2026, month: 11, day: 22 };
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A county 发展党员台账 with a problem planted in most rows. */
function developmentGrid(): Grid {
  const header = ['序号', '姓名', '性别', '公民身份号码', '学历', '所在党支部', '提交入党申请书时间', '谈话时间', '确定为入党积极分子时间', '培养联系人', '确定为发展对象时间', '入党介绍人', '培训学时', '入党时间', '转正时间', '当前阶段'];
  const values: CellValue[][] = [
    header,
    [1, '陈晨', '女', sampleId('20000512', '女'), '大学', '财政局第一党支部', utc(2023, 3, 1), utc(2023, 3, 20), utc(2023, 9, 1), '王芳', utc(2024, 9, 10), '王芳、李明', 24, utc(2025, 6, 28), utc(2026, 6, 28), '正式党员'],
    [2, '刘洋', '男', sampleId('19960803', '男'), '硕士研究生', '财政局第一党支部', utc(2024, 2, 15), utc(2024, 3, 1), utc(2024, 8, 20), '李明', utc(2025, 9, 1), '李明、张伟', 32, utc(2026, 6, 30), null, '预备党员'],
    [3, '赵雪', '女', sampleId('19881130', '女'), '大专', '财政局第一党支部', utc(2024, 5, 6), utc(2024, 5, 20), utc(2024, 11, 1), '王芳', utc(2025, 3, 15), '王芳、张伟', 16, utc(2026, 3, 20), null, '预备党员'],
    [4, '孙浩', '男', sampleId('20080210', '男'), '普通高中', '财政局第二党支部', utc(2025, 12, 1), utc(2026, 2, 10), null, null, null, null, null, null, null, '入党申请人'],
    [5, '周敏', '女', sampleId('19990401', '女'), '大学', '财政局第二党支部', utc(2025, 10, 10), null, utc(2026, 4, 15), '李明', null, null, null, null, null, '入党申请人'],
    [6, '吴刚', '男', sampleId('19900120', '男'), '大学', '税务局党支部', utc(2021, 3, 1), utc(2021, 3, 15), utc(2021, 9, 1), '赵敏', utc(2022, 10, 1), '赵敏、孙丽', 24, utc(2023, 6, 30), null, '预备党员'],
    [7, '郑丽', '女', sampleId('19950707', '女'), '大学', '税务局党支部', utc(2022, 4, 1), utc(2022, 4, 10), utc(2022, 3, 1), '赵敏', utc(2023, 5, 1), null, null, null, null, '发展对象'],
    [8, '黄磊', '男', sampleId('19970606', '男'), '大学', '税务局党支部', '2026.06', '2026.08', null, null, null, null, null, null, null, '入党申请人'],
  ];
  return { sheet: '发展党员', origin: { row: 1, column: 1 }, values };
}

describe('a 发展党员台账 end to end (as of 2026-11-22)', () => {
  const { report, rows } = checkGrid(developmentGrid(), { asOf });

  it('is recognised as a development ledger', () => {
    expect(report.template).toBe('development');
    expect(report.columns.map((column) => `${column.column}:${column.field}`)).toEqual([
      'B:name',
      'C:sex',
      'D:idNumber',
      'E:education',
      'F:branch',
      'G:applicationDate',
      'H:talkDate',
      'I:activistDate',
      'J:contact',
      'K:candidateDate',
      'L:introducers',
      'M:trainingHours',
      'N:joinDate',
      'O:confirmDate',
      'P:stage',
    ]);
  });

  it('reports exactly the planted problems', () => {
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual([
      'K4 development.activistTooShort',
      'M4 development.trainingShort',
      'G5 development.applicantUnder18',
      'H6 development.talkMissing',
      'P6 development.stageMismatch',
      'N7 probation.expired',
      'I8 development.dateOrder',
      'H9 development.talkLate',
    ]);
    // 孙浩's 申请 date is in error (under 18), so the rules that lean on it, such as the talk's timing, stand back.
    const at = (cell: string) => report.issues.find((issue) => `${issue.column}${issue.row}` === cell);
    expect(at('P6')?.message).toBe('当前阶段"入党申请人"与已填的时间不符：按时间应为"入党积极分子"');
    expect(at('I8')?.message).toBe('确定为入党积极分子时间 2022-03-01 早于提交入党申请书时间 2022-04-01：发展程序的先后顺序不对');
    expect(at('G5')?.params).toEqual({ age: 17 });
  });

  it('counts the stages, the year’s new members and their shares', () => {
    const summary = buildDevelopmentSummary({ rows, asOf, sources: [{ sheet: '发展党员', rows: 8 }] });
    const table = (id: string) => summary.tables.find((candidate) => candidate.id === id);
    // 周敏's stated stage is in error, so her latest date (积极分子) places her.
    expect(table('stages')?.rows.map((row) => [row.label, row.values['count']])).toEqual([
      ['入党申请人', 2],
      ['入党积极分子', 1],
      ['发展对象', 1],
      ['预备党员', 3],
      ['正式党员', 1],
    ]);
    expect(table('stages')?.total?.values).toEqual({ count: 8 });
    expect(table('branches')?.rows.map((row) => [row.label, row.values['people'], row.values['probationary']])).toEqual([
      ['财政局第二党支部', 2, 0],
      ['财政局第一党支部', 3, 2],
      ['税务局党支部', 3, 1],
    ]);
    // Received in 2026: 刘洋 (30, 男, 硕士) and 赵雪 (37, 女, 大专); 陈晨 confirmed in 2026.
    expect(summary.headline).toMatchObject({
      people: { count: 8 },
      received: { label: '2026年接收预备党员', count: 2 },
      confirmed: { label: '2026年预备党员转正', count: 1 },
      receivedAge35AndUnder: { count: 1, share: 0.5 },
      receivedFemale: { count: 1, share: 0.5 },
      receivedCollegeOrAbove: { count: 2, share: 1 },
    });
    expect(summary.notes).toEqual([]);
  });
});
