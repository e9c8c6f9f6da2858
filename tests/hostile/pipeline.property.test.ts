import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { columnNumber } from '@taizhang/core';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { makeTempDir } from '../../packages/cli/src/testing/tempDir';
import { isOneLineMessage, runBoundMs, runCli } from './runCli';
import { randomSheet, type RandomSheet } from './randomSheet';

/** Enough cases to find what a hostile upload finds, few enough for CI (about a second each property). */
const numRuns = 40;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let fileCount = 0;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

/** The last row and column holding a written value, 1-based (Excel's used range from A1). */
function usedRange(sheet: RandomSheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.cells.forEach((cells, rowIndex) =>
    cells.forEach((value, columnIndex) => {
      if (value === null || value === undefined) return;
      rows = Math.max(rows, rowIndex + 1);
      columns = Math.max(columns, columnIndex + 1);
    }),
  );
  return { rows, columns };
}

async function writeSheets(sheets: readonly RandomSheet[]): Promise<string> {
  const workbook = new Workbook();
  const names = new Set<string>();
  for (const sheet of sheets) {
    const name = names.has(sheet.name) ? `${sheet.name}${names.size + 1}` : sheet.name;
    names.add(name);
    const worksheet = workbook.addWorksheet(name);
    sheet.cells.forEach((cells, rowIndex) =>
      cells.forEach((value, columnIndex) => {
        if (value === null || value === undefined) return;
        const cell = worksheet.getCell(rowIndex + 1, columnIndex + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
  }
  fileCount += 1;
  const path = join(temp.dir, `random-${fileCount}.xlsx`);
  await workbook.xlsx.writeFile(path);
  return path;
}

interface JsonIssue {
  readonly row: number;
  readonly column: string;
}

describe('the whole check pipeline on random workbooks (fast-check)', () => {
  it(
    'never throws, exits 0/1/2, keeps every issue inside its sheet and gives the same JSON twice',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(randomSheet, { minLength: 1, maxLength: 2 }), async (sheets) => {
          const path = await writeSheets(sheets);
          const first = await runCli('check', path, '--json', '--as-of', '2025-06-30');
          expect([0, 1, 2]).toContain(first.code);
          if (first.code === 2) expect(isOneLineMessage(first.stderr)).toBe(true);
          else expect(first.stderr).toBe('');
          const document: { files: { sheets: { sheet: string; issues: JsonIssue[] }[] }[] } = JSON.parse(first.stdout);
          const reported = document.files.flatMap((file) => file.sheets);
          expect(reported).toHaveLength(first.code === 2 ? 0 : sheets.length);
          reported.forEach((report, index) => {
            const written = sheets[index];
            if (written === undefined) throw new Error(`no sheet written for report ${report.sheet}`);
            const range = usedRange(written);
            for (const issue of report.issues) {
              expect(issue.row).toBeGreaterThanOrEqual(1);
              expect(issue.row).toBeLessThanOrEqual(range.rows);
              expect(columnNumber(issue.column)).toBeGreaterThanOrEqual(1);
              expect(columnNumber(issue.column)).toBeLessThanOrEqual(range.columns);
            }
          });
          const second = await runCli('check', path, '--json', '--as-of', '2025-06-30');
          expect(second).toEqual(first);
        }),
        { numRuns },
      );
    },
    numRuns * 3 * runBoundMs,
  );

  it(
    'never throws or hangs on a damaged workbook: a few bytes overwritten or the file cut short',
    async () => {
      const path = await writeSheets([
        { name: '花名册', cells: [['姓名', '性别', '入党时间', '人员类别', '所在党支部'], ['王建国', '男', new Date(Date.UTC(2010, 6, 1)), '正式党员', '第一支部']] },
      ]);
      const original = await readFile(path);
      const damage = fc.oneof(
        fc.record({ at: fc.nat({ max: original.length - 1 }), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
        fc.record({ cut: fc.integer({ min: 1, max: original.length - 1 }) }),
      );
      await fc.assert(
        fc.asyncProperty(damage, async (change) => {
          const bytes = 'cut' in change ? original.subarray(0, change.cut) : Buffer.from(original);
          if ('at' in change) bytes.set(change.bytes.subarray(0, bytes.length - change.at), change.at);
          fileCount += 1;
          const damaged = join(temp.dir, `damaged-${fileCount}.xlsx`);
          await writeFile(damaged, bytes);
          const result = await runCli('check', damaged, '--json', '--as-of', '2025-06-30');
          expect([0, 1, 2]).toContain(result.code);
          if (result.code === 2) expect(isOneLineMessage(result.stderr)).toBe(true);
        }),
        { numRuns },
      );
    },
    numRuns * runBoundMs,
  );

  it(
    'never throws on random text saved as .csv, in any of the encodings Chinese systems write',
    async () => {
      const csvText = fc.array(fc.array(fc.string({ unit: fc.constantFrom(...'王李,"\n\r\t 0123456789-.年月日姓名入党时间性别\u3000𠀀'), maxLength: 12 }), { maxLength: 8 }), { maxLength: 12 });
      const encoding = fc.constantFrom('utf8-bom', 'utf8', 'utf16le-bom', 'latin1');
      await fc.assert(
        fc.asyncProperty(csvText, encoding, async (rows, how) => {
          const textOfRows = rows.map((row) => row.join(',')).join('\r\n');
          const bytes =
            how === 'utf8-bom'
              ? Buffer.from(`\ufeff${textOfRows}`, 'utf8')
              : how === 'utf16le-bom'
                ? Buffer.from(`\ufeff${textOfRows}`, 'utf16le')
                : Buffer.from(textOfRows, how);
          fileCount += 1;
          const path = join(temp.dir, `random-${fileCount}.csv`);
          await writeFile(path, bytes);
          const result = await runCli('check', path, '--json', '--as-of', '2025-06-30');
          expect([0, 1, 2]).toContain(result.code);
          if (result.code === 2) expect(isOneLineMessage(result.stderr)).toBe(true);
        }),
        { numRuns },
      );
    },
    numRuns * runBoundMs,
  );
});
