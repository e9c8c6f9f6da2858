import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { Grid } from '../grid/Grid';
import { idCheckCharacter } from '../id/idCheckCharacter';
import type { Issue, SheetReport } from '../report/Issue';
import { volunteerId } from '../testing/volunteerLedger';
import { applyFixes } from './applyFixes';
import { planFixes } from './planFixes';

const asOf = { year: 2025, month: 6, day: 30 };

/** A male ID born 1990-05-20 whose check character is X, written with a lowercase x. */
function lowercaseXId(): string {
  for (let sequence = 1; sequence < 1000; sequence += 2) {
    const first17 = `34112219900520${String(sequence).padStart(3, '0')}`;
    if (idCheckCharacter(first17) === 'X') return `${first17}x`;
  }
  throw new Error('no sequence gives X');
}

const wrongCheck = (() => {
  const id = volunteerId('19880808', '026');
  return `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
})();

/**
 * Row 2 has six fixable cells, row 3 a 15-digit ID and a padded 民族, row 4 only problems a person
 * must decide (a wrong check character, a category outside the list, a short phone number).
 */
const messy: Grid = {
  sheet: '一支部',
  origin: { row: 1, column: 1 },
  values: [
    ['姓名', '性别', '民族', '公民身份号码', '人员类别', '所在党支部', '入党时间', '转正时间', '联系电话'],
    [' 王建国 ', '男性', '汉', lowercaseXId(), '正式党员', '一支部', '2014年7月1日', '2015.07.01', '１３９１２３４５６７８'],
    ['孙德胜', '男', '回族 ', '341122670401001', '正式党员', '一支部', new Date(Date.UTC(1995, 6, 1)), new Date(Date.UTC(1996, 6, 1)), '0550-5012345'],
    ['李丽', '女', '汉族', wrongCheck, '积极分子', '一支部', new Date(Date.UTC(2015, 5, 1)), new Date(Date.UTC(2016, 5, 1)), '12345'],
  ],
};

const cellsOf = (issues: readonly Issue[]) => issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`);

describe('planFixes on a messy roster', () => {
  const { report } = checkGrid(messy, { asOf });

  it('plans one fix per fixable cell with its value before and after', () => {
    const plan = planFixes(report, { grid: messy });
    expect(plan.map(({ column, row, rule, before, after, kind }) => ({ cell: `${column}${row}`, rule, before, after, kind }))).toEqual([
      { cell: 'A2', rule: 'text.whitespace', before: ' 王建国 ', after: '王建国', kind: 'text' },
      { cell: 'B2', rule: 'field.alias', before: '男性', after: '男', kind: 'text' },
      { cell: 'C2', rule: 'field.alias', before: '汉', after: '汉族', kind: 'text' },
      { cell: 'D2', rule: 'id.lowercaseX', before: lowercaseXId(), after: lowercaseXId().toUpperCase(), kind: 'text' },
      { cell: 'G2', rule: 'date.text', before: '2014年7月1日', after: '2014-07-01', kind: 'date' },
      { cell: 'H2', rule: 'date.text', before: '2015.07.01', after: '2015-07-01', kind: 'date' },
      { cell: 'I2', rule: 'text.fullWidth', before: '１３９１２３４５６７８', after: '13912345678', kind: 'text' },
      { cell: 'C3', rule: 'text.whitespace', before: '回族 ', after: '回族', kind: 'text' },
      { cell: 'D3', rule: 'id.legacy15', before: '341122670401001', after: '341122196704010013', kind: 'text' },
    ]);
    expect(plan[0]).toMatchObject({ sheet: '一支部', field: 'name', header: '姓名', rules: ['text.whitespace'] });
  });

  it('applied to the grid, settles exactly those issues and brings no new ones', () => {
    const plan = planFixes(report, { grid: messy });
    const fixed = applyFixes(messy, plan);
    const after = checkGrid(fixed, { asOf }).report.issues;
    expect(cellsOf(after)).toEqual(cellsOf(report.issues.filter((issue) => issue.fix === undefined)));
    expect(cellsOf(after)).toEqual(['D4 id.checksum', 'E4 field.enum', 'I4 phone.invalid']);
    expect(fixed.values[1]?.[6]).toEqual(new Date(Date.UTC(2014, 6, 1)));
    expect(messy.values[1]?.[6]).toBe('2014年7月1日');
  });

  it('keeps only the rules asked for', () => {
    const plan = planFixes(report, { rules: ['date.text', 'id.legacy15'] });
    expect(plan.map((fix) => `${fix.column}${fix.row}`)).toEqual(['G2', 'H2', 'D3']);
    expect(plan[0]?.before).toBeUndefined();
  });
});

describe('planFixes on a cell with several fixes', () => {
  const issue = (rule: Issue['rule'], fix: string): Issue => ({ row: 5, column: 'C', header: '民族', field: 'ethnicity', rule, severity: 'info', message: '', params: {}, fix });
  const report: SheetReport = {
    sheet: 'Sheet1',
    template: 'roster',
    headerRow: 1,
    dataRows: [2, 5],
    columns: [],
    issues: [issue('field.alias', '汉族'), issue('text.whitespace', '汉')],
    counts: { error: 0, warning: 0, info: 2 },
  };

  it('writes the value that settles both, naming both rules', () => {
    expect(planFixes(report)).toEqual([
      { sheet: 'Sheet1', row: 5, column: 'C', field: 'ethnicity', header: '民族', rule: 'field.alias', rules: ['text.whitespace', 'field.alias'], after: '汉族', kind: 'text' },
    ]);
  });

  it('writes the trimmed value alone when only trimming is asked for', () => {
    expect(planFixes(report, { rules: ['text.whitespace'] })).toMatchObject([{ rule: 'text.whitespace', after: '汉' }]);
  });
});
