import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { FieldValue, Issue } from '@taizhang/core';
import { checkFiles } from '../../packages/cli/src/check/checkFiles';
import { branch, ids, withWrongCheck } from './hostileCorpus';
import { isOneLineMessage, runBoundMs, runCli } from './runCli';

const corpus = join(__dirname, '..', 'fixtures', 'hostile');
const fixture = (name: string) => join(corpus, name);
const asOf = '2025-06-30';
/** Time for one test: a couple of bounded runs. */
const testBoundMs = 3 * runBoundMs;

type IssueFacts = Pick<Issue, 'row' | 'column' | 'rule' | 'severity' | 'params'> & { readonly fix?: string };

interface JsonSheet {
  readonly sheet: string;
  readonly template: string | null;
  readonly headerRow: number | null;
  readonly dataRows: readonly [number, number] | null;
  readonly issues: readonly Issue[];
  readonly skipped?: string;
}

/** Message wording belongs to the message catalogues; these tests pin where, what and the values. */
function facts(issue: Issue): IssueFacts {
  const { row, column, rule, severity, params, fix } = issue;
  return fix === undefined ? { row, column, rule, severity, params } : { row, column, rule, severity, params, fix };
}

/** `check --json` on one fixture: the exit code and its one sheet, after checking the human report agrees. */
async function checkOne(name: string): Promise<{ code: number; sheet: JsonSheet; issues: IssueFacts[] }> {
  const json = await runCli('check', fixture(name), '--as-of', asOf, '--json');
  expect(json.stderr).toBe('');
  const document: { files: { file: string; sheets: JsonSheet[] }[] } = JSON.parse(json.stdout);
  expect(document.files.map((file) => file.file)).toEqual([fixture(name)]);
  const [sheet, ...others] = document.files[0]?.sheets ?? [];
  expect(others).toEqual([]);
  if (sheet === undefined) throw new Error(`${name}: no sheet in the report`);
  const human = await runCli('check', fixture(name), '--as-of', asOf);
  expect(human).toMatchObject({ code: json.code, stderr: '' });
  return { code: json.code, sheet, issues: sheet.issues.map(facts) };
}

/** The normalized rows the summary would get, ID numbers unmasked. */
async function rowsOf(name: string): Promise<{ row: number; values: Readonly<Record<string, FieldValue>> }[]> {
  const run = await checkFiles([fixture(name)], { asOf: { year: 2025, month: 6, day: 30 }, lang: 'zh-CN', showIds: true });
  expect(run.failures).toEqual([]);
  return run.files.flatMap((file) => file.sheets.flatMap((sheet) => sheet.rows.map(({ row, values }) => ({ row, values }))));
}

const checksumOfLi = { rule: 'id.checksum', severity: 'error', params: { expected: '7', actual: '0' } } as const;
const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

describe('hostile workbooks that can be read: exact issues', () => {
  it(
    'empty-workbook.xlsx: the one empty sheet is skipped, exit 0',
    async () => {
      const { code, sheet } = await checkOne('empty-workbook.xlsx');
      expect(code).toBe(0);
      expect(sheet).toEqual({
        sheet: 'Sheet1',
        template: null,
        headerRow: null,
        dataRows: null,
        issues: [],
        skipped: expect.stringContaining('未识别出台账表头'),
      });
    },
    testBoundMs,
  );

  it(
    'headers-only.xlsx: a roster with no data rows and nothing wrong, exit 0',
    async () => {
      const { code, sheet } = await checkOne('headers-only.xlsx');
      expect(code).toBe(0);
      expect(sheet).toEqual({ sheet: '花名册', template: 'roster', headerRow: 1, dataRows: null, issues: [] });
    },
    testBoundMs,
  );

  it(
    'instructions-above-header.xlsx: the header is found at row 26 under 25 merged lines of 填表说明',
    async () => {
      const { code, sheet, issues } = await checkOne('instructions-above-header.xlsx');
      expect(code).toBe(1);
      expect(sheet).toMatchObject({ sheet: '党员名册', template: 'roster', headerRow: 26, dataRows: [27, 29] });
      expect(issues).toEqual([{ row: 29, column: 'C', ...checksumOfLi }]);
    },
    testBoundMs,
  );

  it(
    'merged-two-row-header.xlsx: 序号 and 所在党支部 merged down, 基本信息/党籍信息 merged across',
    async () => {
      const { code, sheet, issues } = await checkOne('merged-two-row-header.xlsx');
      expect(code).toBe(1);
      expect(sheet).toMatchObject({ template: 'roster', headerRow: 2, dataRows: [3, 5] });
      expect(issues).toEqual([{ row: 4, column: 'C', rule: 'id.sexMismatch', severity: 'error', params: { idSex: '男', sex: '女' } }]);
      expect((await rowsOf('merged-two-row-header.xlsx')).map((row) => row.values['branch'])).toEqual([branch, branch, branch]);
    },
    testBoundMs,
  );

  it(
    'hidden-rows-columns.xlsx: the hidden row and the hidden ID column are checked like any other',
    async () => {
      const { code, sheet, issues } = await checkOne('hidden-rows-columns.xlsx');
      expect(code).toBe(1);
      expect(sheet).toMatchObject({ headerRow: 1, dataRows: [2, 4] });
      expect(issues).toEqual([
        { row: 3, column: 'F', rule: 'probation.confirmMissing', severity: 'error', params: {} },
        { row: 4, column: 'C', ...checksumOfLi },
      ]);
    },
    testBoundMs,
  );

  it(
    'formulas-errors.xlsx: cached results are the values; #N/A, #REF! and an uncalculated formula are reported',
    async () => {
      const { code, issues } = await checkOne('formulas-errors.xlsx');
      expect(code).toBe(1);
      expect(issues).toEqual([
        { row: 3, column: 'F', rule: 'cell.error', severity: 'error', params: { value: '#N/A' } },
        { row: 4, column: 'H', rule: 'cell.error', severity: 'error', params: { value: '#REF!' } },
        { row: 6, column: 'A', rule: 'field.required', severity: 'error', params: {} },
      ]);
      const rows = await rowsOf('formulas-errors.xlsx');
      expect(rows.map((row) => [row.values['sex'], row.values['birthDate']])).toEqual([
        ['男', { year: 1985, month: 3, day: 12 }],
        ['女', { year: 1990, month: 8, day: 15 }],
        ['男', { year: 1988, month: 1, day: 1 }],
        ['女', { year: 1998, month: 3, day: 3 }],
        ['男', { year: 1987, month: 7, day: 7 }],
      ]);
      expect(rows[3]?.values).toMatchObject({ category: '预备党员' });
      expect(rows[3]?.values['confirmDate']).toBeUndefined();
    },
    testBoundMs,
  );

  it(
    'rich-text-hyperlinks.xlsx: rich text and hyperlinks are read as the text the cell shows',
    async () => {
      const { code, issues } = await checkOne('rich-text-hyperlinks.xlsx');
      expect(code).toBe(1);
      expect(issues).toEqual([{ row: 3, column: 'C', ...checksumOfLi }]);
      expect((await rowsOf('rich-text-hyperlinks.xlsx')).map((row) => row.values)).toEqual([
        expect.objectContaining({ name: '王建国', idNumber: ids.wang, category: '正式党员', branch }),
        expect.objectContaining({ name: '李丽', branch }),
      ]);
    },
    testBoundMs,
  );

  it(
    'wide-400-columns.xlsx: a roster in columns OD–OJ is found and reported by those letters',
    async () => {
      const { code, sheet, issues } = await checkOne('wide-400-columns.xlsx');
      expect(code).toBe(1);
      expect(sheet).toMatchObject({ headerRow: 1, dataRows: [2, 3] });
      expect(issues).toEqual([
        { row: 3, column: 'OI', rule: 'probation.confirmTiming', severity: 'error', params: { joined: '2012-05-01', confirmed: '2011-05-01' } },
      ]);
    },
    testBoundMs,
  );

  it(
    'workbook-part-last.xlsx: a zip with xl/workbook.xml last is read, not called corrupt',
    async () => {
      const { code, sheet, issues } = await checkOne('workbook-part-last.xlsx');
      expect(code).toBe(1);
      expect(sheet).toMatchObject({ sheet: '花名册', headerRow: 1, dataRows: [2, 4] });
      expect(issues).toEqual([{ row: 4, column: 'C', ...checksumOfLi }]);
    },
    testBoundMs,
  );

  it(
    'dates-before-1900.xlsx: serials 1 and 59 are 1900-01-01 and 1900-02-28, 60 (1900-02-29) is no date, "1899.12" is December 1899',
    async () => {
      const { code, issues } = await checkOne('dates-before-1900.xlsx');
      expect(code).toBe(1);
      expect(issues).toEqual([
        { row: 2, column: 'E', rule: 'date.beforeBirth', severity: 'error', params: { birth: '1900-01-01' } },
        { row: 3, column: 'E', rule: 'date.beforeBirth', severity: 'error', params: { birth: '1900-02-28' } },
        { row: 4, column: 'C', rule: 'date.invalid', severity: 'error', params: { value: '60' } },
      ]);
      expect((await rowsOf('dates-before-1900.xlsx')).map((row) => row.values['birthDate'])).toEqual([
        { year: 1900, month: 1, day: 1 },
        { year: 1900, month: 2, day: 28 },
        undefined,
        { year: 1900, month: 3, day: 1 },
        { year: 1899, month: 12 },
      ]);
    },
    testBoundMs,
  );

  it(
    'date-system-1904.xlsx: date cells and bare serials count from 1904-01-01, so nothing is wrong',
    async () => {
      const { code, issues } = await checkOne('date-system-1904.xlsx');
      expect(code).toBe(0);
      expect(issues).toEqual([]);
      const rows = await rowsOf('date-system-1904.xlsx');
      expect(rows.map((row) => [row.values['birthDate'], row.values['joinDate'], row.values['confirmDate']])).toEqual([
        [{ year: 1985, month: 3, day: 12 }, { year: 2010, month: 7, day: 1 }, { year: 2011, month: 7, day: 1 }],
        [{ year: 1998, month: 3, day: 3 }, { year: 2024, month: 12, day: 1 }, undefined],
      ]);
    },
    testBoundMs,
  );

  it(
    'ids-with-spaces.xlsx: spaces, tabs and full-width spaces inside an ID are a fixable nit; the checksum is still checked',
    async () => {
      const { code, issues } = await checkOne('ids-with-spaces.xlsx');
      expect(code).toBe(1);
      const whitespace = (row: number, id: string) => ({ row, column: 'C', rule: 'text.whitespace', severity: 'info', params: {}, fix: masked(id) });
      expect(issues).toEqual([
        whitespace(2, ids.wang),
        whitespace(3, ids.zhang),
        whitespace(4, ids.chen),
        { row: 5, column: 'C', ...checksumOfLi },
      ]);
      expect((await rowsOf('ids-with-spaces.xlsx')).map((row) => row.values['idNumber'])).toEqual([ids.wang, ids.zhang, ids.chen, undefined]);
    },
    testBoundMs,
  );
});

describe('hostile CSV files: every encoding gives the same issues and the exact names', () => {
  // A CSV holds text only, so full dates are reported as text dates (date.text); 2011.03 is a month.
  const csvIssues: IssueFacts[] = [
    { row: 2, column: 'E', rule: 'date.text', severity: 'info', params: {}, fix: '2010-07-01' },
    { row: 2, column: 'F', rule: 'date.text', severity: 'info', params: {}, fix: '2011-07-01' },
    { row: 4, column: 'C', ...checksumOfLi },
    { row: 4, column: 'E', rule: 'date.text', severity: 'info', params: {}, fix: '2015-06-01' },
    { row: 4, column: 'F', rule: 'date.text', severity: 'info', params: {}, fix: '2016-06-01' },
  ];

  it.each([
    ['roster-gbk.csv', '刘?'],
    ['roster-gb18030.csv', '刘𠀀'],
    ['roster-utf8-bom.csv', '刘䶮'],
    ['roster-utf8.csv', '刘䶮'],
  ])(
    '%s',
    async (name, rareName) => {
      const { code, sheet, issues } = await checkOne(name);
      expect(code).toBe(1);
      expect(sheet).toMatchObject({ sheet: name.replace(/\.csv$/, ''), template: 'roster', headerRow: 1, dataRows: [2, 4] });
      expect(issues).toEqual(csvIssues);
      const rows = await rowsOf(name);
      expect(rows.map((row) => row.values['name'])).toEqual(['王建国', rareName, '李丽']);
      expect(rows.map((row) => row.values['branch'])).toEqual([branch, branch, branch]);
    },
    testBoundMs,
  );
});

describe('hostile files that cannot be read: exit 2 and one zh-CN line naming the file', () => {
  it.each([
    ['zero-byte.xlsx', '是空文件（0 字节）：请重新导出或在 Excel 中另存后再检查'],
    ['truncated.xlsx', '文件不完整（可能下载或复制时中断）：请重新获取完整的文件后再检查'],
    ['damaged-entry.xlsx', '已损坏，无法读取：请在 Excel 中打开（Excel 会尝试修复）并另存为 .xlsx 后再检查'],
    ['text-named.xlsx', '不是有效的 Excel 工作簿：请在 Excel 中打开并另存为 .xlsx 后再检查'],
    ['web-page.xls', '实际是网页格式的表格（常见于系统导出）：请在 Excel 中打开并另存为 .xlsx 后再检查'],
    ['old-format.xls', '是旧版 .xls 格式：请在 Excel 中另存为 .xlsx 后再检查'],
    ['password-protected.xlsx', '设有打开密码：请在 Excel 中打开，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存后再检查'],
  ])(
    '%s',
    async (name, message) => {
      const json = await runCli('check', fixture(name), '--as-of', asOf, '--json');
      expect(json).toEqual({ code: 2, stdout: expect.any(String), stderr: `${fixture(name)} ${message}\n` });
      expect(isOneLineMessage(json.stderr)).toBe(true);
      expect(JSON.parse(json.stdout)).toEqual({ asOf, files: [] });
      const human = await runCli('check', fixture(name), '--as-of', asOf);
      expect(human).toMatchObject({ code: 2, stderr: json.stderr });
    },
    testBoundMs,
  );
});

describe('the whole corpus at once', () => {
  it(
    'checks every readable file, reports every unreadable one on its own line, and exits 2',
    async () => {
      const result = await runCli('check', corpus, '--as-of', asOf, '--json');
      expect(result.code).toBe(2);
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(5);
      expect(JSON.parse(result.stdout).files).toHaveLength(16);
    },
    testBoundMs,
  );
});

describe('the corpus ID numbers', () => {
  // Hand-computed (GB 11643-1999): Σ digit × weight for 34112219900815022 is 280, 280 mod 11 = 5 → '7'.
  it('李丽\'s number has check character 7, and the corpus writes 0 in its place', () => {
    expect(ids.li).toBe('341122199008150227');
    expect(withWrongCheck(ids.li)).toBe('341122199008150220');
  });
});
