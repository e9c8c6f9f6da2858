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

describe('real public import templates (owip samples, RULES.md §8)', () => {
  it('recognises the in-school member template as a roster with its real headers mapped', async () => {
    const { report, rows } = await checkTemplate('member-in-school.xlsx');
    expect(report.template).toBe('roster');
    expect(report.headerRow).toBe(1);
    expect(mapping(report.columns)).toEqual(['B:name', 'F:branch', 'G:category', 'M:joinDate', 'O:confirmDate']);
    expect(report.columns.find((column) => column.field === 'category')?.header).toBe('党籍状态（正式党员或预备党员）');
    // The merged 填写注意事项 block below the sample row is not a member.
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(rows[0]?.values).toMatchObject({ name: '张三', category: '正式党员', joinDate: { year: 2017, month: 6, day: 9 } });
  });

  it('recognises the out-of-school member template, telling 人员类别 (编制) from 党籍状态 (正式/预备)', async () => {
    const { report } = await checkTemplate('member-out-school.xlsx');
    expect(report.template).toBe('roster');
    expect(mapping(report.columns)).toEqual([
      'B:name',
      'C:sex',
      'D:birthDate',
      'F:ethnicity',
      'G:idNumber',
      'H:phone',
      'L:education',
      'X:address',
      'AC:category',
      'AG:branch',
      'AM:joinDate',
      'AO:confirmDate',
    ]);
    const problems = report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`);
    expect(problems).toContain('G2 id.birthDate');
    expect(problems).toContain('H2 phone.invalid');
  });

  it.each(['branch.xlsx', 'party-org.xlsx', 'dues-arrears.xlsx'])('does not take %s for a roster', async (file) => {
    const { report } = await checkTemplate(file);
    expect(report.template).not.toBe('roster');
  });
});
