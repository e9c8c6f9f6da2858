import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { upgradeLegacyId } from '@taizhang/core';
import { Workbook, type CellValue } from 'exceljs';
import JSZip from 'jszip';
import { makeTempDir } from '../../packages/cli/src/testing/tempDir';
import { writeMessyRoster } from '../../packages/cli/src/testing/messyRoster';
import { branch, fictionalId, ids, rosterHeader } from '../hostile/hostileCorpus';
import { runCli } from '../hostile/runCli';

const asOf = ['--as-of', '2025-06-30'];
const separators = /[\s\u3000\u00a0\u2010-\u2015-]/g;
/** An ID number as typed in a cell: 15 or more digits, maybe with spaces or hyphens, maybe an X. */
const idInCell = /\d(?:[\s\u3000\u00a0-]?\d){14,}(?:[\s\u3000\u00a0-]?[Xx])?/g;
/** 15 digits in a row that are not the decimals of a share (0.083333333333333…): an ID number of any person. */
const anyIdNumber = /(?<![\d.])\d{15}/;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let uploads: string;
/** Every whole ID number in the input, as 15 or 18 characters without separators, and the 18-character upgrades of the 15. */
let inputIds: string[];

/** People only in this upload, so the 汇总 counts them (a repeat is counted at its first sheet only). */
const misplaced = { zhao: fictionalId('19760405', '113'), qian: fictionalId('19811120', '052'), sun: fictionalId('19930707', '084') };

/** ID numbers where they do not belong: typed into date, 支部 and 姓名 cells, spaced and inside text. */
async function writeMisplacedIds(path: string): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('组织部');
  sheet.addRow(rosterHeader);
  const { zhao, qian, sun } = misplaced;
  const rows: CellValue[][] = [
    ['赵刚', '男', zhao, '正式党员', zhao, `${zhao.slice(0, 6)} ${zhao.slice(6, 14)} ${zhao.slice(14)}`, branch],
    ['钱伟', '男', qian, '正式党员', new Date(Date.UTC(2012, 4, 1)), `身份证${qian}`, qian],
    [`孙丽${sun}`, '女', sun, '预备党员', new Date(Date.UTC(2024, 11, 1)), null, `${sun.slice(0, 6)}-${sun.slice(6)}`],
  ];
  for (const row of rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(path);
}

/** A second branch's upload in which 王建国 (also in the messy roster) appears again. */
async function writeSecondBranch(path: string): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('财政局');
  sheet.addRow(rosterHeader);
  sheet.addRow(['王建国', '男', ids.wang, '正式党员', new Date(Date.UTC(2010, 6, 1)), new Date(Date.UTC(2011, 6, 1)), '中共青禾县财政局机关支部委员会']);
  await workbook.xlsx.writeFile(path);
}

async function cellTexts(path: string): Promise<string[]> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts;
}

beforeAll(async () => {
  temp = await makeTempDir();
  uploads = join(temp.dir, 'uploads');
  await mkdir(uploads);
  await writeMessyRoster(join(uploads, '教育局.xlsx'));
  await writeMisplacedIds(join(uploads, '组织部.xlsx'));
  await writeSecondBranch(join(uploads, '财政局.xlsx'));
  await copyFile(join(__dirname, '..', 'fixtures', 'hostile', 'ids-with-spaces.xlsx'), join(uploads, 'ids-with-spaces.xlsx'));
  const files = ['教育局.xlsx', '组织部.xlsx', '财政局.xlsx', 'ids-with-spaces.xlsx'];
  const found = (await Promise.all(files.map((file) => cellTexts(join(uploads, file))))).flat().flatMap((text) => text.match(idInCell) ?? []);
  const compact = found.map((id) => id.replace(separators, '').toUpperCase());
  inputIds = [...new Set([...compact, ...compact.filter((id) => id.length === 15).map(upgradeLegacyId)])];
});
afterAll(async () => {
  await temp.remove();
});

/** Where any input ID number shows up in the text, however spaced or hyphenated. */
function leakedIds(text: string): string[] {
  const compact = text.replace(separators, '');
  return inputIds.filter((id) => compact.includes(id));
}

describe('ID numbers never leave the sheet unless asked (--show-ids)', () => {
  it('the input holds the ID numbers this test looks for, in every shape', () => {
    expect(inputIds).toEqual(expect.arrayContaining([ids.wang, ids.zhang, ids.chen, ids.liu, ...Object.values(misplaced), '341122670401001', '341122196704010013']));
    expect(inputIds.length).toBeGreaterThanOrEqual(12);
  });

  it('check: JSON, the report for people and English show none of them', async () => {
    for (const args of [['--json'], [], ['--lang', 'en'], ['--json', '--lang', 'en']]) {
      const result = await runCli('check', uploads, ...asOf, ...args);
      expect(result.code).toBe(1);
      expect(leakedIds(result.stdout + result.stderr)).toEqual([]);
      expect(result.stdout).not.toMatch(anyIdNumber);
    }
  });

  it('check --show-ids shows the whole numbers a fix needs', async () => {
    const result = await runCli('check', uploads, ...asOf, '--json', '--show-ids');
    expect(result.code).toBe(1);
    // The whitespace fixes in ids-with-spaces.xlsx and the upgrade of the messy roster's 15-digit number.
    expect(leakedIds(result.stdout)).toEqual(expect.arrayContaining([ids.wang, ids.zhang, ids.chen, '341122196704010013']));
  });

  it('summarize: the text, the JSON and every part of the 汇总 workbook show none of them', async () => {
    const out = join(temp.dir, '汇总.xlsx');
    const text = await runCli('summarize', uploads, ...asOf, '--out', out);
    expect(text.code).toBe(0);
    // 王建国 is in three uploads (twice in the messy roster): the note names him with his masked number.
    expect(text.stdout).toContain(`王建国（${ids.wang.slice(0, 6)}********${ids.wang.slice(14)}）出现在 4 处`);
    const json = await runCli('summarize', uploads, ...asOf, '--json');
    expect(json.code).toBe(0);
    for (const result of [text, json]) {
      expect(leakedIds(result.stdout + result.stderr)).toEqual([]);
      expect(result.stdout).not.toMatch(anyIdNumber);
    }
    const zip = await JSZip.loadAsync(await readFile(out));
    const parts = await Promise.all(Object.values(zip.files).filter((entry) => !entry.dir).map(async (entry) => [entry.name, await entry.async('string')] as const));
    expect(parts.map(([name]) => name)).toEqual(expect.arrayContaining(['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']));
    for (const [name, content] of parts) {
      expect({ name, leaked: leakedIds(content) }).toEqual({ name, leaked: [] });
    }
  });
});
