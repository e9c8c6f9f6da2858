import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { checkGrid } from '@taizhang/core';
import { readWorkbookGrids } from '../../packages/cli/src/read/readWorkbookGrids';

const templates = join(__dirname, '..', 'fixtures', 'public-templates');
const asOf = { year: 2026, month: 11, day: 22 };

async function checkTemplate(file: string) {
  const [grid] = await readWorkbookGrids(join(templates, file));
  if (grid === undefined) throw new Error(`${file} has no sheet`);
  return checkGrid(grid, { asOf });
}

const mapping = (columns: readonly { field: string; column: string }[]) => columns.map((column) => `${column.column}:${column.field}`);
const found = (issues: readonly { column: string; row: number; rule: string }[]) => issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`);

describe('the other ledgers in the real public import templates (owip samples, RULES.md §8)', () => {
  it('recognises the 党员发展 template as a development ledger', async () => {
    const { report, rows } = await checkTemplate('development.xlsx');
    expect(report.template).toBe('development');
    expect(mapping(report.columns)).toEqual([
      'B:name',
      'F:branch',
      'G:applicationDate',
      'H:activistDate',
      'L:candidateDate',
      'M:trainingDate',
      'S:joinDate',
      'T:confirmDate',
      'U:stage',
    ]);
    expect(rows.map((row) => row.values)).toEqual([
      { name: '李四', branch: '2018级硕士第九党支部', applicationDate: { year: 2018, month: 9, day: 15 }, stage: '入党申请人' },
    ]);
    expect(found(report.issues)).toEqual([]);
  });

  it('recognises the 党支部 template as an organisation ledger, reading 支部类别 for the kind', async () => {
    const { report, rows } = await checkTemplate('branch.xlsx');
    expect(report.template).toBe('organisation');
    expect(mapping(report.columns)).toEqual(['A:orgName', 'C:foundedDate', 'D:parent', 'F:orgType']);
    expect(rows[0]?.values).toMatchObject({ orgName: '教育管理学院党支部', orgType: '在职教工党支部', kind: '党支部' });
    // Founded 2017-09-01 and never re-elected: the 3-year term ran out on 2020-09-01.
    expect(found(report.issues)).toEqual(['C2 organisation.electionOverdue']);
  });

  it('recognises the 基层党组织 template as an organisation ledger, reading 二级党委 as a 党委', async () => {
    const { report, rows } = await checkTemplate('party-org.xlsx');
    expect(report.template).toBe('organisation');
    expect(mapping(report.columns)).toEqual(['B:orgName', 'D:foundedDate', 'F:orgType']);
    expect(rows[0]?.values).toMatchObject({ orgName: '中共xxxx大学教育学部委员会', foundedDate: { year: 1969, month: 1 }, kind: '党委' });
    expect(report.issues.map((issue) => [issue.rule, issue.params])).toEqual([['organisation.electionOverdue', { last: '1969-01', due: '1974-01', years: 5 }]]);
  });

  it('recognises the 党费补缴 template as a record of dues payments', async () => {
    const { report } = await checkTemplate('dues-arrears.xlsx');
    expect(report.template).toBe('dues-payments');
    expect(mapping(report.columns)).toEqual(['B:name', 'D:payMonth', 'E:payMonthEnd', 'F:paidAmount']);
    expect(report.issues).toEqual([]);
  });

  it('still takes both member templates for rosters, though one records the 发展 dates', async () => {
    expect((await checkTemplate('member-in-school.xlsx')).report.template).toBe('roster');
    expect((await checkTemplate('member-out-school.xlsx')).report.template).toBe('roster');
  });
});
