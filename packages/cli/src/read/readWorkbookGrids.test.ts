import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { storedZip } from '../testing/storedZip';
import { readWorkbookGrids } from './readWorkbookGrids';
import { tempFiles } from './testing/tempFiles';
import { workbookParts } from './testing/workbookParts';

const temp = tempFiles();

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

async function messyWorkbook(path: string): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = { richText: [{ text: '中共青禾县', font: { bold: true } }, { text: '党员花名册' }] };
  sheet.mergeCells('A2:A3');
  sheet.getCell('A2').value = '序号';
  sheet.mergeCells('B2:D2');
  sheet.getCell('B2').value = '基本信息';
  sheet.mergeCells('E2:F2');
  sheet.getCell('E2').value = '党员信息';
  sheet.getRow(3).values = [null, '姓名', '性别', '出生日期', '入党时间', '备注'];
  const row = sheet.getRow(4);
  row.getCell(1).value = 1;
  row.getCell(2).value = { formula: 'TRIM(" 张三 ")', result: '张三' };
  row.getCell(3).value = { richText: [{ text: '男' }] };
  row.getCell(4).value = utc(1985, 3, 12);
  row.getCell(4).numFmt = 'yyyy-mm-dd';
  row.getCell(5).value = 36708;
  row.getCell(6).value = { text: '个人主页', hyperlink: 'https://example.org/' };
  const errors = sheet.getRow(6);
  errors.getCell(2).value = { formula: 'VLOOKUP(A6,Z:Z,2,FALSE)', result: { error: '#N/A' } };
  errors.getCell(3).value = { error: '#REF!' };
  errors.getCell(4).value = { formula: 'YEAR(D4)', result: 1985 };
  errors.getCell(5).value = true;
  errors.getCell(6).value = { formula: 'COUNTIF(H:H,"x")', result: 0 };
  errors.getCell(7).value = { formula: 'A1=A2', result: false };
  errors.getCell(8).value = { formula: 'IF(A6="","",A6)', result: '' };
  errors.getCell(9).value = { formula: 'B4&" & 李四"', result: '张三 & 李四' };
  sheet.getCell('H20').numFmt = '@';
  workbook.addWorksheet('说明').getCell('B2').value = '本表由各支部填报';
  await workbook.xlsx.writeFile(path);
}

describe('readWorkbookGrids', () => {
  // Formula results 0, FALSE and #N/A: the cached values ExcelJS's streaming reader used to lose.
  it('gives each sheet from A1 with the values a user sees in the cells', async () => {
    const path = temp.path('messy.xlsx');
    await messyWorkbook(path);
    const [roster, notes, ...rest] = await readWorkbookGrids(path);
    expect(rest).toEqual([]);
    expect(roster).toEqual({
      sheet: '花名册',
      origin: { row: 1, column: 1 },
      dateSystem: 1900,
      values: [
        ['中共青禾县党员花名册'],
        ['序号', '基本信息', null, null, '党员信息'],
        [null, '姓名', '性别', '出生日期', '入党时间', '备注'],
        [1, '张三', '男', utc(1985, 3, 12), 36708, '个人主页'],
        [],
        [null, { kind: 'error', code: '#N/A' }, { kind: 'error', code: '#REF!' }, 1985, true, 0, false, null, '张三 & 李四'],
      ],
    });
    expect(notes).toEqual({
      sheet: '说明',
      origin: { row: 1, column: 1 },
      dateSystem: 1900,
      values: [[], [null, '本表由各支部填报']],
    });
  });

  it('reports the 1904 date system of old Mac workbooks and still reads date cells as their dates', async () => {
    const workbook = new Workbook();
    workbook.properties.date1904 = true;
    const cell = workbook.addWorksheet('Sheet1').getCell('A1');
    cell.value = utc(1990, 6, 1);
    cell.numFmt = 'yyyy/m/d';
    const path = temp.path('mac.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await readWorkbookGrids(path)).toEqual([
      { sheet: 'Sheet1', origin: { row: 1, column: 1 }, dateSystem: 1904, values: [[utc(1990, 6, 1)]] },
    ]);
  });

  it('reports progress in bytes up to the size of the file', async () => {
    const path = temp.path('progress.xlsx');
    await messyWorkbook(path);
    const seen: number[] = [];
    const grids = await readWorkbookGrids(path, { onProgress: (bytes) => seen.push(bytes) });
    expect(seen.at(-1)).toBe((await readFile(path)).length);
    expect(grids).toEqual(await readWorkbookGrids(path));
  });

  it('reads serials before 1900-03-01 as Excel shows them, the phantom 1900-02-29 as the bare serial', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    [1, 59, 60, 61].forEach((serial, index) => {
      const cell = sheet.getCell(index + 1, 1);
      cell.value = serial;
      cell.numFmt = 'yyyy-mm-dd';
    });
    const path = temp.path('early.xlsx');
    await workbook.xlsx.writeFile(path);
    const [grid] = await readWorkbookGrids(path);
    // The core's fromExcelSerial reads 1 as 1900-01-01 and 59 as 1900-02-28, and refuses 60.
    expect(grid?.values).toEqual([[1], [59], [60], [utc(1900, 3, 1)]]);
  });

  // OPC sets no order for a package's parts; ExcelJS's streaming reader failed on this one.
  it('reads a workbook whose xl/workbook.xml comes after its worksheet and shared strings', async () => {
    const path = temp.path('workbook-last.xlsx');
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    await writeFile(
      path,
      storedZip({
        '[Content_Types].xml':
          '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        'xl/_rels/workbook.xml.rels':
          `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
        'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${main}" count="2" uniqueCount="2"><si><t>姓名</t></si><si><t>王建国</t></si></sst>`,
        'xl/worksheets/sheet1.xml':
          `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>` +
          '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2"><v>31118</v></c></row></sheetData></worksheet>',
        'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relationships}"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      }),
    );
    expect(await readWorkbookGrids(path)).toEqual([
      { sheet: '花名册', origin: { row: 1, column: 1 }, dateSystem: 1900, values: [['姓名'], ['王建国', 31118]] },
    ]);
  });

  // yauzl refuses part names that start with "/" (an absolute path); ExcelJS strips the "/".
  it('reads a zip readXlsxValues refuses with ExcelJS, whole, progress included', async () => {
    const parts = workbookParts({ sheets: [{ name: '花名册', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>31118</v></c></row>' }], sharedStrings: '<si><t>王建国</t></si>' });
    const path = temp.path('absolute-names.xlsx');
    await writeFile(path, storedZip(Object.fromEntries(Object.entries(parts).map(([name, text]) => [`/${name}`, text]))));
    const seen: number[] = [];
    expect(await readWorkbookGrids(path, { onProgress: (bytes) => seen.push(bytes) })).toEqual([
      { sheet: '花名册', origin: { row: 1, column: 1 }, dateSystem: 1900, values: [['王建国', 31118]] },
    ]);
    expect(seen.at(-1)).toBe((await readFile(path)).length);
  });

  it('refuses a zip that is not a workbook', async () => {
    const path = temp.path('letter.xlsx');
    await writeFile(path, storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }));
    await expect(readWorkbookGrids(path, { display: 'letter.xlsx' })).rejects.toMatchObject({
      code: 'notXlsx',
      message: 'letter.xlsx 不是有效的 Excel 工作簿：请在 Excel 中打开并另存为 .xlsx 后再检查',
    });
  });

  it('calls a workbook whose sheet data is damaged corrupt', async () => {
    const path = temp.path('damaged.xlsx');
    await messyWorkbook(path);
    const bytes = await readFile(path);
    const sheetEntry = bytes.indexOf('xl/worksheets/sheet1.xml');
    bytes.fill(0x55, sheetEntry + 40, sheetEntry + 400);
    await writeFile(path, bytes);
    await expect(readWorkbookGrids(path, { display: 'damaged.xlsx' })).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/^damaged\.xlsx 已损坏，无法读取/),
    });
  });
});
