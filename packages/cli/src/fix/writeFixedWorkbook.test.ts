import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { CellFix, CellValue } from '@taizhang/core';
import { Workbook } from 'exceljs';
import { makeTempDir } from '../testing/tempDir';
import { writeFixedWorkbook } from './writeFixedWorkbook';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let input: string;

const fix = (cell: string, before: CellValue, after: string, extra: Partial<CellFix> = {}): CellFix => ({
  sheet: '花名册',
  row: Number(cell.slice(1)),
  column: cell.slice(0, 1),
  field: 'name',
  header: '姓名',
  rule: 'text.whitespace',
  rules: ['text.whitespace'],
  before,
  after,
  kind: 'text',
  ...extra,
});

beforeAll(async () => {
  temp = await makeTempDir();
  input = join(temp.dir, '花名册.xlsx');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['姓名', '入党时间']);
  sheet.addRow([' 王建国', '2010.07.01']);
  sheet.addRow([{ formula: 'CONCATENATE(" ","李丽")', result: ' 李丽' }, '2012年5月1日']);
  sheet.addRow([{ text: ' 张敏', hyperlink: 'https://example.org/' }, null]);
  sheet.getCell('B3').numFmt = 'yyyy/m/d';
  await workbook.xlsx.writeFile(input);
});
afterAll(async () => {
  await temp.remove();
});

describe('writeFixedWorkbook', () => {
  it('leaves formulas, links and cells that changed since the check alone, and logs only what it wrote', async () => {
    const out = join(temp.dir, '已修正.xlsx');
    const outcome = await writeFixedWorkbook(
      input,
      out,
      [
        fix('A2', ' 王建国', '王建国'),
        fix('B2', '2010.07.01', '2010-07-01', { rule: 'date.text', rules: ['date.text'], kind: 'date' }),
        fix('A3', ' 李丽', '李丽'),
        fix('B3', '2012年5月1日', '2012-05-01', { rule: 'date.text', rules: ['date.text'], kind: 'date' }),
        fix('A4', ' 张敏', '张敏'),
        fix('A5', ' 陈强', '陈强'),
        fix('A2', ' 王建国', '王建国', { sheet: '党员名册' }),
      ],
      new Date(2025, 5, 30, 9, 0, 0),
    );
    expect(outcome.applied.map(({ entry }) => `${entry.cell} ${entry.before} → ${entry.after}`)).toEqual(['A2  王建国 → 王建国', 'B2 2010.07.01 → 2010-07-01', 'B3 2012年5月1日 → 2012-05-01']);
    expect(outcome.skipped.map(({ fix: skipped, reason }) => `${skipped.sheet}!${skipped.column}${skipped.row} ${reason}`)).toEqual([
      '花名册!A3 formula',
      '花名册!A4 hyperlink',
      '花名册!A5 changed',
      '党员名册!A2 noSheet',
    ]);

    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('花名册');
    expect(sheet?.getCell('A3').formula).toBe('CONCATENATE(" ","李丽")');
    // No date in the column to copy a format from yet: ISO; a cell with a date format keeps it.
    expect(sheet?.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet?.getCell('B3').numFmt).toBe('yyyy/m/d');
    expect(workbook.getWorksheet('修改记录')?.getRow(2).values).toEqual([undefined, '2025-06-30 09:00:00', '花名册', 'A2', ' 王建国', '王建国', '去除多余空格']);
  });

  it('adds no log sheet when nothing was written', async () => {
    const out = join(temp.dir, '未改动.xlsx');
    expect(await writeFixedWorkbook(input, out, [], new Date())).toEqual({ applied: [], skipped: [] });
    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['花名册']);
  });
});
