import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../run';
import { memoryIo } from '../testing/memoryIo';
import { validId, writeMessyRoster } from '../testing/messyRoster';
import { makeTempDir } from '../testing/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

interface JsonIssue {
  row: number;
  column: string;
  rule: string;
  severity: string;
}

describe('taizhang check on a messy branch roster', () => {
  it('finds each planted problem at its Excel row and column, and nothing else', async () => {
    const path = join(temp.dir, '教育局花名册.xlsx');
    await writeMessyRoster(path);
    const io = memoryIo();
    const code = await run(['check', path, '--json', '--as-of', '2025-06-30'], io);
    expect(code).toBe(1);
    const [sheet] = JSON.parse(io.stdout.text()).files[0].sheets;
    expect(sheet).toMatchObject({ sheet: '教育局', template: 'roster', headerRow: 3, dataRows: [4, 15] });
    const found = sheet.issues.map(({ row, column, rule, severity }: JsonIssue) => `${column}${row} ${rule} ${severity}`);
    // Row 4 is clean; the title, the 填报单位 line and the footer are not members.
    expect(found).toEqual([
      'E5 id.checksum error',
      'C6 id.sexMismatch error',
      'D7 field.alias info',
      'I8 probation.confirmNotAllowed error',
      'I9 probation.confirmMissing error',
      'H10 age.joinUnder18 error',
      'E11 duplicate.id error',
      'K12 phone.invalid warning',
      'E13 id.precisionLost error',
      'H14 date.future error',
      'E15 id.legacy15 warning',
    ]);
  });
});

describe('taizhang check on a CSV export', () => {
  it('checks the one sheet named after the file, with rows as Excel would number them', async () => {
    const path = join(temp.dir, '财政局.csv');
    const wrongCheck = `${validId('19900815', '022').slice(0, 17)}${validId('19900815', '022').endsWith('X') ? '0' : 'X'}`;
    const lines = [
      '中共青禾县财政局机关支部党员名单,,,,,,',
      '姓名,性别,公民身份号码,人员类别,入党时间,转正时间,所在党支部',
      `王建国,男,${validId('19850312', '041')},正式党员,2010.07.01,2011.07.01,财政局支部`,
      `李丽,女,${wrongCheck},正式党员,2015.06.01,2016.06.01,财政局支部`,
      '填表人：周文静,,,,,,',
    ];
    await writeFile(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    const io = memoryIo();
    const code = await run(['check', path, '--json', '--as-of', '2025-06-30'], io);
    expect(code).toBe(1);
    const [sheet] = JSON.parse(io.stdout.text()).files[0].sheets;
    expect(sheet).toMatchObject({ sheet: '财政局', template: 'roster', headerRow: 2, dataRows: [3, 4] });
    const serious = sheet.issues.filter((issue: JsonIssue) => issue.severity !== 'info');
    expect(serious.map(({ row, column, rule }: JsonIssue) => `${column}${row} ${rule}`)).toEqual(['C4 id.checksum']);
  });
});
