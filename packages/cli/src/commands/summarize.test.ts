import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { run } from '../run';
import { memoryIo } from '../testing/memoryIo';
import { validId } from '../testing/messyRoster';
import { makeTempDir } from '../testing/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let folder: string;
const header = ['姓名', '性别', '民族', '公民身份号码', '学历', '人员类别', '入党时间', '转正时间', '所在党支部'];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
// 李娜 moved from 财政局 to 教育局 and both branches still list her: the classic double count.
const liNa = validId('19900520', '022');

async function writeBranch(path: string, branch: string, people: readonly (readonly [string, string, string, string, string, '正式党员' | '预备党员', Date])[]) {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow([`${branch}党员花名册`]);
  sheet.addRow(header);
  for (const [name, sex, ethnicity, id, education, category, joined] of people) {
    const confirmed = category === '正式党员' ? utc(joined.getUTCFullYear() + 1, joined.getUTCMonth() + 1, joined.getUTCDate()) : null;
    sheet.addRow([name, sex, ethnicity, id, education, category, joined, confirmed, branch]);
  }
  await workbook.xlsx.writeFile(path);
}

beforeAll(async () => {
  temp = await makeTempDir();
  folder = join(temp.dir, '各支部上报');
  await mkdir(folder);
  await writeBranch(join(folder, '财政局.xlsx'), '财政局支部', [
    ['张伟', '男', '汉族', validId('19850312', '011'), '大学', '正式党员', utc(2010, 7, 1)],
    ['李娜', '女', '汉族', liNa, '大专', '正式党员', utc(2015, 7, 1)],
  ]);
  await writeBranch(join(folder, '教育局.xlsx'), '教育局支部', [
    ['王芳', '女', '回族', validId('19950101', '024'), '硕士研究生', '预备党员', utc(2025, 3, 1)],
    ['李娜', '女', '汉族', liNa, '大专', '正式党员', utc(2015, 7, 1)],
  ]);
  await writeBranch(join(folder, '税务局.xlsx'), '税务局支部', [
    ['赵强', '男', '汉族', validId('19700815', '013'), '普通高中', '正式党员', utc(1995, 7, 1)],
    ['钱敏', '女', '汉族', validId('20000202', '026'), '大学', '预备党员', utc(2025, 6, 1)],
  ]);
});
afterAll(async () => {
  await temp.remove();
});

async function summarize(...args: string[]) {
  const io = memoryIo();
  const code = await run(['summarize', ...args], io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

describe('taizhang summarize on a folder of branch uploads', () => {
  it('pools every file into one county summary and reports the person counted in two files', async () => {
    const result = await summarize(folder, '--as-of', '2025-12-31', '--json');
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      asOf: string;
      summaries: { file: string; headline: Record<string, number>; tables: { id: string; rows: { label: string; members?: number }[] }[]; notes: string[] }[];
    };
    expect(document.asOf).toBe('2025-12-31');
    expect(document.summaries).toHaveLength(1);
    const [county] = document.summaries;
    // Six rows, one of them the same person twice: five members, counted where first read (files go in sorted order).
    expect(county?.headline).toEqual({ members: 5, female: 3, ethnicMinority: 1, probationary: 2, age35AndUnder: 3, collegeOrAbove: 4, newMembersThisYear: 2 });
    const branches = county?.tables.find((table) => table.id === 'branches')?.rows.map((row) => `${row.label}:${row.members}`);
    expect(branches).toEqual(['财政局支部:1', '教育局支部:2', '税务局支部:2']);
    const duplicateNote = county?.notes.find((note) => note.includes('李娜'));
    expect(duplicateNote).toContain('财政局.xlsx');
    expect(duplicateNote).toContain('教育局.xlsx');
    expect(result.stdout).not.toContain(liNa);
  });

  it('writes the 汇总 workbook with --out and says where', async () => {
    const out = join(temp.dir, '全县汇总.xlsx');
    const result = await summarize(folder, '--as-of', '2025-12-31', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`汇总已写入 ${out}`);
    expect(result.stdout).toContain('党员总数');
    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('汇总');
    expect(sheet).toBeDefined();
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('统计截至：2025-12-31');
  });
});

describe('taizhang summarize errors', () => {
  it('exits 2 with one Chinese line when no roster is found', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '本文件只有说明';
    const notes = join(temp.dir, '说明.xlsx');
    await workbook.xlsx.writeFile(notes);
    const result = await summarize(notes);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^在 .*说明\.xlsx 中没有找到可汇总的台账.*\n$/);
  });

  it('refuses to write the summary over an input file', async () => {
    const input = join(folder, '财政局.xlsx');
    const result = await summarize(input, '--out', input);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('输入文件从不修改');
  });
});
