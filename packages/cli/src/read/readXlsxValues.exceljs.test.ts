import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Workbook } from 'exceljs';
import { columnNumber, type CellValue } from '@taizhang/core';
import { storedZip } from '../testing/storedZip';
import { loadWorkbookValues } from './loadWorkbookValues';
import { readXlsxValues } from './readXlsxValues';
import { tempFiles } from './testing/tempFiles';
import { workbookParts } from './testing/workbookParts';
import { trimBlankEdges } from './trimBlankEdges';
import type { WorkbookValues } from './WorkbookValues';

const repository = join(__dirname, '..', '..', '..', '..');
/** Every .xlsx the repository holds: the hostile corpus, the public templates, the samples. */
const fixtures = [
  join(repository, 'tests', 'fixtures', 'hostile'),
  join(repository, 'tests', 'fixtures', 'public-templates'),
  join(repository, 'samples'),
].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.xlsx'))
    .map((name) => join(folder, name)),
);

type Outcome = WorkbookValues | undefined | 'rejected';

async function outcomeOf(read: () => Promise<WorkbookValues | undefined>): Promise<Outcome> {
  try {
    return await read();
  } catch {
    return 'rejected';
  }
}

/**
 * ExcelJS's full load as this reader means to read: ExcelJS gives every cell of a merged range the
 * value of its first cell, this reader (like Excel's cells, and ExcelJS's streaming reader) leaves
 * the others empty, which the header detection expects of a merged header.
 */
async function fullLoad(path: string): Promise<Outcome> {
  const loaded = await outcomeOf(() => loadWorkbookValues(path));
  if (loaded === 'rejected' || loaded === undefined) return loaded;
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = loaded.sheets.map((sheet, index) => {
    const rows = sheet.values.map((row) => [...row]);
    for (const range of workbook.worksheets[index]?.model.merges ?? []) blankMerged(rows, range);
    return { name: sheet.name, values: trimBlankEdges(rows) };
  });
  return { sheets, date1904: loaded.date1904 };
}

/** Empties every cell of a range such as "B2:D3" but its first. */
function blankMerged(rows: CellValue[][], range: string): void {
  const [from, to] = range.split(':').map((reference) => {
    const [, letters = 'A', digits = '1'] = /^([A-Z]+)(\d+)$/.exec(reference) ?? [];
    return { row: Number(digits) - 1, column: columnNumber(letters) - 1 };
  });
  if (from === undefined || to === undefined) return;
  for (let row = from.row; row <= to.row; row += 1) {
    for (let column = from.column; column <= to.column; column += 1) {
      const cells = rows[row];
      if (cells !== undefined && column < cells.length && (row !== from.row || column !== from.column)) cells[column] = null;
    }
  }
}

const temp = tempFiles();

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('readXlsxValues against ExcelJS reading the whole workbook', () => {
  it('has fixtures of all three kinds to compare', () => {
    expect(fixtures.filter((path) => path.includes('public-templates')).length).toBeGreaterThan(0);
    expect(fixtures.filter((path) => path.includes('hostile')).length).toBeGreaterThan(10);
    expect(fixtures.filter((path) => path.includes('samples')).length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((path) => [relative(repository, path), path]))('%s: the same grids, or refused by both', async (_name, path) => {
    expect(await outcomeOf(() => readXlsxValues(path))).toEqual(await fullLoad(path));
  });

  it('differs where ExcelJS misreads a cell, as intended', async () => {
    const path = temp.path('differences.xlsx');
    await writeFile(
      path,
      storedZip(
        workbookParts({
          sheets: [
            {
              name: '花名册',
              rows:
                '<row r="1"><c r="A1" s="1"><v>31118</v></c><c r="B1" t="d"><v>1985-03-12</v></c><c r="C1" t="str"><v>A&amp;amp;B</v></c>' +
                '<c r="D1" t="b"><v>false</v></c><c r="E1" t="str"><v>第一行_x000D_</v></c>' +
                // Where both agree: cached 0, FALSE, "" and #N/A, a date-styled formula, a phonetic reading left out.
                '<c r="F1"><f>COUNTIF(H:H,"x")</f><v>0</v></c><c r="G1" t="b"><f>A1=A2</f><v>0</v></c><c r="H1" t="str"><f>""</f><v></v></c>' +
                '<c r="I1" t="e"><f>NA()</f><v>#N/A</v></c><c r="J1" s="2"><f>DATE(1985,3,12)</f><v>31118</v></c><c r="K1" t="s"><v>0</v></c></row>',
            },
          ],
          sharedStrings: '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si>',
          styles: '<cellXfs><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="14"/></cellXfs>',
        }),
      ),
    );
    const agreed: CellValue[] = [0, false, null, { kind: 'error', code: '#N/A' }, utc(1985, 3, 12), '漢字'];
    expect(await readXlsxValues(path)).toEqual({
      sheets: [{ name: '花名册', values: [[utc(1985, 3, 12), utc(1985, 3, 12), 'A&amp;B', false, '第一行\r', ...agreed]] }],
      date1904: false,
    });
    expect(await loadWorkbookValues(path)).toEqual({
      sheets: [
        {
          name: '花名册',
          values: [
            [
              // ExcelJS knows no East Asian built-in date format (31 is yyyy"年"m"月"d"日" in zh-CN).
              31118,
              // It reads a t="d" cell's ISO text as a number: parseFloat("1985-03-12").
              1985,
              // It decodes a formula's text result twice.
              'A&B',
              // It takes any boolean text but a number as TRUE.
              true,
              // It leaves the _xHHHH_ escapes of a text result as they are.
              '第一行_x000D_',
              ...agreed,
            ],
          ],
        },
      ],
      date1904: false,
    });
  });
});
