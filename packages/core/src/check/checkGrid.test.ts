import { describe, expect, it } from '@jest/globals';
import type { CellValue, Grid } from '../grid/Grid';
import { checkGrid } from './checkGrid';

const asOf = { year: 2026, month: 11, day: 22 };
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** A county roster as offices keep it: title, 填报单位 line, two-row merged header, footer. */
function messyRoster(): Grid {
  const values: CellValue[][] = [
    ['中共某县直机关工委党员花名册'],
    ['填报单位：某县财政局', null, null, null, '填报日期：2026年11月'],
    ['序号', '基本信息', null, null, null, null, '党员信息', null, null, null, '联系电话'],
    [null, '姓名', '性别', '民族', '公民身份号码', '学历', '人员类别', '入党时间', '转正时间', '所在党支部', null],
    [1, '张伟', '男', '汉族', '430702198503120010', '大学', '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), '财政局机关支部', '13812345678'],
    [2, '李娜', '女', '汉', '430702199005200020', '大专', '预备党员', '2026.03', null, '财政局机关支部', '0731-84561234'],
    [3, '王强', '女', '汉族', '430702197811020033', '硕士研究生', '正式党员', '2001年6月15日', '2002年6月15日', '税务局支部', '138 1234 5678'],
    [4, '赵敏', '女', '回族', '35051419930513051X', '大学', '正式党员', 42186, null, '税务局支部', '１３９１２３４５６７８'],
    [5, '刘洋', '男', '汉族', 430702198503120000, '大学', '预备党员', '2024.05', null, '教育局支部', 13700000000],
    [6, '陈刚', '男', '汉族', '130503670401001', '大专', '正式党员', '1990-07-01', '1991-07-01', '教育局支部', null],
    [7, '孙丽', '女', '汉族', '430702200803010024', '普通高中', '预备党员', '2026-01-15', null, '教育局支部', null],
    [8, '周杰', '男', '汉族', '430702198503120010', '大学', '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), '财政局机关支部', null],
    [9, '吴昊', '男', '汉族', '430702198001010057', '大学', '正式党员', '2030.01', null, '税务局支部', null],
    [],
    ['填表人：张三', null, null, null, '审核人：李四'],
  ];
  return { sheet: '花名册', origin: { row: 1, column: 1 }, values };
}

describe('checkGrid on a messy county roster', () => {
  const { report, rows } = checkGrid(messyRoster(), { asOf });

  it('finds the roster header under the title lines and maps the merged header', () => {
    expect(report.template).toBe('roster');
    expect(report.headerRow).toBe(4);
    expect(report.dataRows).toEqual([5, 13]);
    expect(report.columns).toContainEqual({ field: 'phone', header: '联系电话', column: 'K' });
    expect(report.columns).toContainEqual({ field: 'idNumber', header: '公民身份号码', column: 'E' });
    expect(rows).toHaveLength(9);
  });

  it('reports exactly the planted problems, by Excel cell and rule', () => {
    const found = report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`);
    expect(found).toEqual([
      'D6 field.alias',
      'C7 id.sexMismatch',
      'H7 date.text',
      'I7 date.text',
      'E8 id.checksum',
      'I8 probation.confirmMissing',
      'K8 text.fullWidth',
      'E9 id.precisionLost',
      'G9 probation.expired',
      'E10 id.legacy15',
      'H10 date.text',
      'I10 date.text',
      'H11 date.text',
      'H11 age.joinUnder18',
      'E12 duplicate.id',
      'H13 date.future',
      'I13 probation.confirmMissing',
    ]);
  });

  it('gives fixes only where they are certain, and Chinese messages naming the header', () => {
    const at = (cell: string, rule: string) => report.issues.find((issue) => `${issue.column}${issue.row}` === cell && issue.rule === rule);
    expect(at('D6', 'field.alias')).toMatchObject({ fix: '汉族', severity: 'info', header: '民族' });
    expect(at('E10', 'id.legacy15')).toMatchObject({ fix: '130503196704010016', severity: 'warning' });
    expect(at('K8', 'text.fullWidth')?.fix).toBe('13912345678');
    expect(at('H7', 'date.text')?.fix).toBe('2001-06-15');
    expect(at('E8', 'id.checksum')).toMatchObject({ message: '公民身份号码校验码错误（末位应为 6，实为 X）：请核对号码', severity: 'error' });
    expect(at('E8', 'id.checksum')).not.toHaveProperty('fix');
    expect(at('E12', 'duplicate.id')?.message).toBe('公民身份号码与第 5 行重复');
    expect(at('G9', 'probation.expired')?.params).toEqual({ joined: '2024-05', months: 29 });
    expect(report.counts).toEqual({ error: 9, warning: 1, info: 7 });
  });

  it('keeps normalized values for statistics and marks fields in error', () => {
    const byRow = new Map(rows.map((row) => [row.row, row]));
    expect(byRow.get(6)?.values).toMatchObject({ ethnicity: '汉族', joinDate: { year: 2026, month: 3 }, birthDate: { year: 1990, month: 5, day: 20 } });
    expect(byRow.get(8)?.values['joinDate']).toEqual({ year: 2015, month: 7, day: 1 });
    expect(byRow.get(7)?.invalid.has('sex')).toBe(true);
    expect(byRow.get(12)?.invalid.has('idNumber')).toBe(true);
    expect(byRow.get(5)?.invalid.size).toBe(0);
  });

  // Rules and summaries read these objects once per row of a city's roster: one key order for all.
  it('lists the sheet\'s fields in the same order on every row, a blank cell as undefined', () => {
    const columns = report.columns.map((column) => column.field);
    for (const row of rows) expect(Object.keys(row.values).slice(0, columns.length)).toEqual(columns);
    const byRow = new Map(rows.map((row) => [row.row, row]));
    expect(Object.keys(byRow.get(6)?.values ?? {})).toContain('confirmDate');
    expect(byRow.get(6)?.values['confirmDate']).toBeUndefined();
    expect(byRow.get(5)?.values['confirmDate']).toEqual({ year: 2011, month: 7, day: 1 });
  });
});

describe('checkGrid on sheets that are not rosters', () => {
  it('skips a sheet with no recognisable header and says why', () => {
    const grid: Grid = { sheet: '说明', origin: { row: 1, column: 1 }, values: [['本表为示例'], ['请勿修改']] };
    const { report, rows } = checkGrid(grid, { asOf });
    expect(report.template).toBeNull();
    expect(report.skipped).toContain('未识别');
    expect(rows).toEqual([]);
  });

  it('names the Excel row and column of a grid that starts away from A1', () => {
    const grid: Grid = {
      sheet: 'Sheet1',
      origin: { row: 3, column: 2 },
      values: [
        ['姓名', '性别', '身份证号', '入党日期', '党员类别', '支部'],
        ['张伟', '男', '430702198503120010', '2010.07', '正式党员', '一支部'],
      ],
    };
    const { report } = checkGrid(grid, { asOf });
    expect(report.headerRow).toBe(3);
    expect(report.issues).toEqual([]);
    expect(report.columns.map((column) => column.column)).toEqual(['B', 'C', 'D', 'E', 'F', 'G']);
  });

  it('reports a missing required column once, at the header', () => {
    const grid: Grid = {
      sheet: 'Sheet1',
      origin: { row: 1, column: 1 },
      values: [
        ['姓名', '公民身份号码', '入党时间', '所在党支部'],
        ['张伟', '430702198503120010', '2010.07', '一支部'],
      ],
    };
    const rules = checkGrid(grid, { asOf }).report.issues.map((issue) => `${issue.row} ${issue.rule} ${issue.params['label'] ?? ''}`);
    expect(rules).toEqual(['1 column.missing 性别', '1 column.missing 人员类别']);
  });

  // Text pasted from a web page or a chat app can hold nothing but a zero-width space: the cell looks empty.
  it('reports a required cell of invisible characters missing, and offers to clear it', () => {
    const grid: Grid = {
      sheet: 'Sheet1',
      origin: { row: 1, column: 1 },
      values: [
        ['姓名', '性别', '公民身份号码', '入党时间', '人员类别', '所在党支部'],
        ['\u200b', '男', '430702198503120010', '2010.07', '正式党员', '一支部\u200b'],
      ],
    };
    const { report, rows } = checkGrid(grid, { asOf });
    expect(report.issues.map((issue) => `${issue.row}${issue.column} ${issue.rule} ${JSON.stringify(issue.fix)}`)).toEqual([
      '2A text.whitespace ""',
      '2A field.required undefined',
      '2F text.whitespace "一支部"',
    ]);
    expect(rows[0]?.values['name']).toBeUndefined();
  });
});
