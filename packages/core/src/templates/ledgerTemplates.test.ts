import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { CellValue, Grid } from '../grid/Grid';
import { detectHeader } from '../header/detectHeader';
import { builtInTemplates } from './builtInTemplates';
import { createDuesTemplate } from './dues';
import { createMeetingsTemplate } from './meetings';
import { createOrganisationTemplate } from './organisation';

const asOf = { year: 2026, month: 11, day: 22 };
const grid = (values: CellValue[][]): Grid => ({ sheet: 'Sheet1', origin: { row: 1, column: 1 }, values });
const detected = (values: CellValue[][]) => detectHeader(grid(values), builtInTemplates)?.template.id;

describe('telling the ledgers apart', () => {
  const shared = ['姓名', '公民身份号码', '所在党支部', '入党时间', '转正时间'];

  it('takes a sheet with the 申请书 and 积极分子 dates for a development ledger, though a roster template matches 5 of its columns', () => {
    expect(detected([[...shared, '提交入党申请书时间', '确定为入党积极分子时间', '当前阶段']])).toBe('development');
  });

  it('keeps a roster that states 人员类别 a roster, even with more 发展 dates than roster columns', () => {
    expect(detected([[...shared, '人员类别', '提交入党申请书时间', '确定为入党积极分子时间', '确定为发展对象时间', '入党介绍人']])).toBe('roster');
  });

  it('takes the template with more fields, and on a tie the earlier one: the roster', () => {
    // 姓名, 入党时间 and 转正时间 belong to both; 民族 and 联系电话 only to the roster; 申请书 and 积极分子 only to the ledger.
    const tied = ['姓名', '民族', '联系电话', '入党时间', '转正时间', '提交入党申请书时间', '确定为入党积极分子时间'];
    expect(detected([tied])).toBe('roster');
    expect(detected([[...tied, '谈话时间']])).toBe('development');
  });

  it.each([
    [['党组织名称', '组织类别', '党员数', '正式党员数', '上次换届时间'], 'organisation'],
    [['姓名', '公民身份号码', '所在党支部', '人员类型', '计算基数', '月应缴党费', '1月', '2月'], 'dues'],
    [['姓名', '缴费月份', '实缴金额'], 'dues-payments'],
    [['所在党支部', '会议类型', '会议时间', '应到人数', '实到人数'], 'meetings'],
    [['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '所在党支部'], 'roster'],
  ] as const)('recognises %j as %s', (header, id) => {
    expect(detected([[...header]])).toBe(id);
  });

  it('lists every ledger once', () => {
    expect(builtInTemplates.map((template) => template.id)).toEqual(['roster', 'development', 'organisation', 'dues', 'dues-payments', 'meetings']);
  });
});

describe('template options', () => {
  it('reads the four-level grades only through a mapping the user chose', () => {
    const sheet = grid([
      ['党组织名称', '组织类别', '上年定级', '本年定级'],
      ['某县财政局第一党支部', '党支部', '较好', '好'],
    ]);
    expect(checkGrid(sheet, { asOf }).report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual(['C2 field.enum', 'D2 field.enum']);
    const mapped = createOrganisationTemplate({ gradeMapping: { 好: '先进', 较好: '一般', 较差: '后进' } });
    const { report, rows } = checkGrid(sheet, { asOf, templates: [mapped] });
    expect(report.issues).toEqual([]);
    expect(rows[0]?.values).toMatchObject({ lastGrade: '一般', grade: '先进' });
  });

  it('rounds 党费 as configured', () => {
    const sheet = grid([
      ['姓名', '人员类型', '计算基数', '月应缴党费'],
      ['张伟', '在职', 4567.5, 45.7],
    ]);
    expect(checkGrid(sheet, { asOf }).report.issues.map((issue) => issue.params)).toEqual([{ actual: '45.70', expected: '45.68', basis: '在职 4567.5 × 1%' }]);
    expect(checkGrid(sheet, { asOf, templates: [createDuesTemplate({ rounding: { step: 0.1, mode: 'halfUp' } })] }).report.issues).toEqual([]);
  });

  it('flags meetings outside the register’s period when one is given', () => {
    const sheet = grid([
      ['所在党支部', '会议类型', '会议时间'],
      ['某县财政局党支部', '支部委员会', '2025.12'],
      ['某县财政局党支部', '支部委员会', '2026.01'],
    ]);
    expect(checkGrid(sheet, { asOf }).report.issues).toEqual([]);
    const period = createMeetingsTemplate({ period: { from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 31 } } });
    expect(checkGrid(sheet, { asOf, templates: [period] }).report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual(['C2 meeting.outsidePeriod']);
  });
});
