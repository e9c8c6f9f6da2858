import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { run } from './run';
import { memoryIo } from './testing/memoryIo';
import { validId, writeMessyRoster } from './testing/messyRoster';
import { makeTempDir } from './testing/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let messy: string;
let clean: string;

beforeAll(async () => {
  temp = await makeTempDir();
  messy = join(temp.dir, 'messy.xlsx');
  await writeMessyRoster(messy);
  clean = join(temp.dir, 'clean.xlsx');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('财政局');
  sheet.addRow(['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '转正时间', '所在党支部']);
  const joined = new Date(Date.UTC(2015, 5, 1));
  const confirmed = new Date(Date.UTC(2016, 5, 1));
  sheet.addRow(['李丽', '女', validId('19900815', '022'), '正式党员', joined, confirmed, '中共青禾县财政局机关支部委员会']);
  workbook.addWorksheet('填表说明').getCell('A1').value = '每名党员填写一行';
  await workbook.xlsx.writeFile(clean);
});
afterAll(async () => {
  await temp.remove();
});

async function check(...args: string[]) {
  const io = memoryIo();
  const code = await run(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

describe('taizhang check: exit codes', () => {
  it('exits 0 when no sheet has errors, listing the sheet it skipped', async () => {
    const result = await check('check', clean, '--as-of', '2025-06-30');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('工作表「财政局」：党员花名册');
    expect(result.stdout).toContain('表头在第 1 行，数据在第 2–2 行，共 1 行');
    expect(result.stdout).toMatch(/工作表「填表说明」已跳过：未识别出台账表头/);
  });

  it('exits 1 when errors are found, and reports them by rule with their cells', async () => {
    const result = await check('check', messy, '--as-of', '2025-06-30');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('错误 8 处 · 警告 2 处 · 提示 1 处');
    expect(result.stdout).toContain('✖ 错误 身份证号重复（duplicate.id，1 处）\n      E11  身份证号码与第 4 行重复');
    expect(result.stdout).toContain('→ 建议改为：341122********0013');
  });

  it.each<[string, string[], string]>([
    ['a missing file', ['check', 'nowhere/花名册.xlsx'], '找不到 nowhere/花名册.xlsx：请检查路径是否正确\n'],
    ['an invalid --as-of', ['check', 'x.xlsx', '--as-of', '2025-02-30'], '--as-of 的日期“2025-02-30”无效：请写作 YYYY-MM-DD，例如 --as-of 2024-12-31\n'],
    ['an unknown --lang', ['check', 'x.xlsx', '--lang', 'fr'], '--lang 只能是 zh-CN 或 en（收到“fr”）\n'],
    ['an unknown option', ['check', 'x.xlsx', '--strict'], '未知选项 --strict：运行 taizhang check --help 查看可用选项\n'],
    ['no files', ['check'], '缺少文件或文件夹：例如 taizhang check 花名册.xlsx（运行 taizhang --help 查看用法）\n'],
    ['an unknown command', ['verify', 'x.xlsx'], '未知命令 verify：可用的命令是 check、summarize、fix（运行 taizhang --help 查看用法）\n'],
    ['a file without a command', ['花名册.xlsx'], '请在文件前加上命令：taizhang check 花名册.xlsx\n'],
    ['no command', [], '请指定命令，例如：taizhang check 花名册.xlsx（运行 taizhang --help 查看用法）\n'],
    ['an option without its value', ['check', 'x.xlsx', '--sheet'], '选项 --sheet 缺少取值：运行 taizhang check --help 查看用法\n'],
  ])('exits 2 with one zh-CN line for %s', async (_case, args, message) => {
    expect(await check(...args)).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('exits 2 for an old .xls or a password-protected workbook, naming the file', async () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    const xls = join(temp.dir, '财政局.xls');
    await writeFile(xls, Buffer.concat([cfb, Buffer.from('Workbook', 'utf16le')]));
    expect(await check('check', xls)).toEqual({
      code: 2,
      stdout: expect.stringContaining('共检查 0 个文件'),
      stderr: `${xls} 是旧版 .xls 格式：请在 Excel 中另存为 .xlsx 后再检查\n`,
    });
    const locked = join(temp.dir, 'locked.xlsx');
    await writeFile(locked, Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le')]));
    const result = await check('check', locked, '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${locked.replace(/[.\\/]/g, '\\$&')} 设有打开密码：[^\\n]+\\n$`));
  });

  it('still reports the readable files of a folder when one file cannot be read, and exits 2', async () => {
    const folder = join(temp.dir, 'mixed');
    await mkdir(folder);
    await writeMessyRoster(join(folder, 'a.xlsx'));
    await writeFile(join(folder, 'b.xlsx'), '');
    const result = await check('check', folder, '--as-of', '2025-06-30', '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${join(folder, 'b.xlsx')} 是空文件（0 字节）：请重新导出或在 Excel 中另存后再检查\n`);
    expect(JSON.parse(result.stdout).files.map((file: { file: string }) => file.file)).toEqual([join(folder, 'a.xlsx')]);
  });

  it('prints help on stdout and exits 0', async () => {
    const result = await check('check', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--as-of <date>');
    expect(result.stderr).toBe('');
  });
});

describe('taizhang check --json', () => {
  it('prints one document with the contract shape, IDs masked', async () => {
    const result = await check('check', messy, clean, '--json', '--as-of', '2025-06-30');
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout);
    expect(Object.keys(document)).toEqual(['asOf', 'files']);
    expect(document.asOf).toBe('2025-06-30');
    expect(document.files.map((file: { file: string }) => file.file)).toEqual([clean, messy].sort());
    const cleanSheets = document.files.find((file: { file: string }) => file.file === clean).sheets;
    expect(cleanSheets).toEqual([
      { sheet: '财政局', template: 'roster', headerRow: 1, dataRows: [2, 2], issues: [] },
      {
        sheet: '填表说明',
        template: null,
        headerRow: null,
        dataRows: null,
        issues: [],
        skipped: expect.stringContaining('未识别出台账表头'),
      },
    ]);
    const [messySheet] = document.files.find((file: { file: string }) => file.file === messy).sheets;
    expect(messySheet).toMatchObject({ sheet: '教育局', template: 'roster', headerRow: 3, dataRows: [4, 15] });
    expect(messySheet.issues.find((issue: { row: number }) => issue.row === 15)).toEqual({
      row: 15,
      column: 'E',
      header: '身份证号码',
      field: 'idNumber',
      rule: 'id.legacy15',
      severity: 'warning',
      message: '身份证号码是15位旧号码：可升级为18位',
      params: {},
      fix: '341122********0013',
    });
  });

  it('shows whole ID numbers only with --show-ids, and words messages in English with --lang en', async () => {
    const result = await check('check', messy, '--json', '--as-of', '2025-06-30', '--show-ids', '--lang', 'en');
    const issues: { row: number; fix?: string; message: string }[] = JSON.parse(result.stdout).files[0].sheets[0].issues;
    const legacy = issues.find((issue) => issue.row === 15);
    expect(legacy?.fix).toBe('341122196704010013');
    // The header is quoted as the sheet writes it; the rest is English.
    expect(legacy?.message).toMatch(/^身份证号码 [\x20-\x7e]+$/);
  });

  it('checks only the sheet named by --sheet, and refuses a name no file has', async () => {
    const only = await check('check', clean, '--json', '--sheet', '填表说明');
    expect(JSON.parse(only.stdout).files[0].sheets.map((sheet: { sheet: string }) => sheet.sheet)).toEqual(['填表说明']);
    expect(only.code).toBe(0);
    expect(await check('check', clean, '--sheet', '汇总')).toEqual({
      code: 2,
      stdout: '',
      stderr: '找不到名为“汇总”的工作表：请检查 --sheet 后的名称\n',
    });
  });

  it('never changes the files it reads', async () => {
    const before = await readFile(messy);
    const { mtimeMs } = await stat(messy);
    await check('check', messy, '--json');
    expect((await readFile(messy)).equals(before)).toBe(true);
    expect((await stat(messy)).mtimeMs).toBe(mtimeMs);
  });
});
