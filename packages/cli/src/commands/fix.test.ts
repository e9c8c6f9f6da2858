import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idCheckCharacter } from '@taizhang/core';
import { Workbook } from 'exceljs';
import { run } from '../run';
import { memoryIo } from '../testing/memoryIo';
import { messyRosterRows } from '../testing/messyRoster';
import { makeTempDir } from '../testing/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let input: string;
const joinDateFormat = 'yyyy"年"m"月"d"日"';

/** A man's ID born 1991-04-04 whose check character is X (顺序码 001 gives it), typed with a lowercase x. */
function lowercaseXId(): string {
  for (let sequence = 1; sequence < 1000; sequence += 2) {
    const first17 = `34112219910404${String(sequence).padStart(3, '0')}`;
    if (idCheckCharacter(first17) === 'X') return `${first17}x`;
  }
  throw new Error('no sequence gives X');
}

/**
 * The messy branch roster of check.test.ts (its planted problems stay: D7 回, E15 a 15-digit ID) with
 * five more fixable cells: B5 a trailing space, C8 女性, H9 a 入党时间 typed as text, E12 a lowercase x,
 * K4 a phone number in full-width digits kept in a Text-formatted cell. The 入党时间 column shows its
 * dates as 2010年7月1日.
 */
async function writeFixableRoster(path: string): Promise<void> {
  const rows = messyRosterRows();
  const set = (row: number, column: number, value: string) => {
    const cells = rows[row - 1];
    if (cells === undefined) throw new Error(`no row ${row}`);
    cells[column - 1] = value;
  };
  set(5, 2, '李丽 ');
  set(8, 3, '女性');
  set(9, 8, '2011年3月1日');
  set(12, 5, lowercaseXId());
  set(4, 11, '１３９１２３４５６７８');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('教育局');
  rows.forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = column === 7 ? joinDateFormat : 'yyyy-mm-dd';
    });
  });
  sheet.getCell('K4').numFmt = '@';
  await workbook.xlsx.writeFile(path);
}

interface JsonIssue {
  row: number;
  column: string;
  rule: string;
  fix?: string;
}

async function issuesOf(path: string): Promise<JsonIssue[]> {
  const io = memoryIo();
  await run(['check', path, '--json', '--as-of', '2025-06-30'], io);
  return JSON.parse(io.stdout.text()).files[0].sheets[0].issues;
}

const cellRules = (issues: readonly JsonIssue[]) => issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`);

beforeAll(async () => {
  temp = await makeTempDir();
  input = join(temp.dir, '教育局花名册.xlsx');
  await writeFixableRoster(input);
});
afterAll(async () => {
  await temp.remove();
});

describe('taizhang fix', () => {
  it('writes a copy whose re-check shows the fixable issues gone and nothing new, leaving the input as it was', async () => {
    const original = await readFile(input);
    const before = await issuesOf(input);
    expect(cellRules(before.filter((issue) => issue.fix !== undefined))).toEqual([
      'K4 text.fullWidth',
      'B5 text.whitespace',
      'D7 field.alias',
      'C8 field.alias',
      'H9 date.text',
      'E12 id.lowercaseX',
      'E15 id.legacy15',
    ]);

    const out = join(temp.dir, '教育局花名册-已修正.xlsx');
    const io = memoryIo();
    const code = await run(['fix', input, '--out', out, '--as-of', '2025-06-30'], io);
    expect(io.stderr.text()).toBe('');
    expect(code).toBe(0);
    expect(await readFile(input)).toEqual(original);

    const after = await issuesOf(out);
    expect(cellRules(after)).toEqual(cellRules(before.filter((issue) => issue.fix === undefined)));
    expect(cellRules(after)).toEqual([
      'E5 id.checksum',
      'C6 id.sexMismatch',
      'I8 probation.confirmNotAllowed',
      'I9 probation.confirmMissing',
      'H10 age.joinUnder18',
      'E11 duplicate.id',
      'K12 phone.invalid',
      'E13 id.precisionLost',
      'H14 date.future',
    ]);
  });

  it('prints the log with ID numbers masked, while the 修改记录 sheet keeps them whole', async () => {
    const out = join(temp.dir, '日志.xlsx');
    const io = memoryIo();
    await run(['fix', input, '--out', out, '--as-of', '2025-06-30'], io);
    const printed = io.stdout.text();
    expect(printed.split('\n')).toEqual([
      `${input} → ${out}`,
      '  工作表「教育局」：修正 7 处',
      '    K4    “１３９１２３４５６７８” → “13912345678”  全角转半角',
      '    B5    “李丽 ” → “李丽”  去除多余空格',
      '    D7    “回” → “回族”  改为规范名称',
      '    C8    “女性” → “女”  改为规范名称',
      '    H9    “2011年3月1日” → “2011-03-01”  文本日期转为日期',
      '    E12   “341122********001x” → “341122********001X”  身份证号末位 x 改为 X',
      '    E15   “341**********01” → “341122********0013”  15位身份证号升级为18位',
      `共修正 7 处，修改记录见工作表“修改记录”；另有 9 处问题需人工核对（运行 taizhang check ${out} 查看）`,
      '',
    ]);

    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const log = workbook.getWorksheet('修改记录');
    const rows = log?.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(2) : []));
    expect(rows?.[0]).toEqual(['工作表', '单元格', '原值', '新值', '规则']);
    expect(rows?.[7]).toEqual(['教育局', 'E15', '341122670401001', '341122196704010013', '15位身份证号升级为18位']);
    expect(log?.getCell('A2').value).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('makes a text date a real date in its column’s format and keeps the other cells’ formats', async () => {
    const out = join(temp.dir, '格式.xlsx');
    await run(['fix', input, '--out', out, '--as-of', '2025-06-30'], memoryIo());
    const workbook = new Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('教育局');
    expect(sheet?.getCell('H9').value).toEqual(new Date(Date.UTC(2011, 2, 1)));
    expect(sheet?.getCell('H9').numFmt).toBe(joinDateFormat);
    expect(sheet?.getCell('K4').value).toBe('13912345678');
    expect(sheet?.getCell('K4').numFmt).toBe('@');
    expect(sheet?.getCell('H4').numFmt).toBe(joinDateFormat);
  });

  it('applies only the rules asked for, and a second run appends to the same log', async () => {
    const first = join(temp.dir, '只改日期.xlsx');
    const io = memoryIo();
    await run(['fix', input, '--out', first, '--as-of', '2025-06-30', '--rules', 'date.text,id.legacy15'], io);
    expect(io.stdout.text()).toContain('共修正 2 处');
    expect(cellRules((await issuesOf(first)).filter((issue) => issue.fix !== undefined))).toEqual([
      'K4 text.fullWidth',
      'B5 text.whitespace',
      'D7 field.alias',
      'C8 field.alias',
      'E12 id.lowercaseX',
    ]);

    const second = join(temp.dir, '全部.xlsx');
    await run(['fix', first, '--out', second, '--as-of', '2025-06-30'], memoryIo());
    const workbook = new Workbook();
    await workbook.xlsx.readFile(second);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['教育局', '修改记录']);
    expect(workbook.getWorksheet('修改记录')?.getColumn(3).values.slice(2)).toEqual(['H9', 'E15', 'K4', 'B5', 'D7', 'C8', 'E12']);
  });

  it('refuses to write over the input, by the same name or another path to it', async () => {
    const copy = join(temp.dir, '副本.xlsx');
    await copyFile(input, copy);
    for (const out of [copy, join(temp.dir, '.', '副本.xlsx')]) {
      const io = memoryIo();
      expect(await run(['fix', copy, '--out', out], io)).toBe(2);
      expect(io.stderr.text()).toBe(`--out 不能是要修正的文件本身（${out}）：原文件从不修改，请换一个文件名\n`);
    }
  });

  it('asks for --out and refuses a CSV', async () => {
    const io = memoryIo();
    expect(await run(['fix', input], io)).toBe(2);
    expect(io.stderr.text()).toBe(`请用 --out 指定修正后的副本，例如 taizhang fix ${input} --out 已修正.xlsx（原文件不改动）\n`);

    const csv = join(temp.dir, '财政局.csv');
    await writeFile(csv, '姓名,性别,入党时间\r\n张伟, 男 ,2010-07-01\r\n');
    const csvIo = memoryIo();
    expect(await run(['fix', csv, '--out', join(temp.dir, '财政局.xlsx')], csvIo)).toBe(2);
    expect(csvIo.stderr.text()).toBe(`fix 只修正 .xlsx 文件：请先在 Excel 中把 ${csv} 另存为 .xlsx\n`);
  });
});
