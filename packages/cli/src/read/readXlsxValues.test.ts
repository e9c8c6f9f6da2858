import { describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { storedZip } from '../testing/storedZip';
import { readXlsxValues } from './readXlsxValues';
import { tempFiles } from './testing/tempFiles';
import { relationshipsNamespace, withLast, workbookParts, type TestWorkbook } from './testing/workbookParts';

const temp = tempFiles();

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

async function writeZip(name: string, parts: Readonly<Record<string, string>>): Promise<string> {
  const path = temp.path(name);
  await writeFile(path, storedZip(parts));
  return path;
}

const roster: TestWorkbook = {
  sheets: [
    { name: '花名册', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>31118</v></c></row>' },
    { name: '说明', rows: '<row r="2"><c r="B2" t="s"><v>3</v></c></row>' },
  ],
  sharedStrings: '<si><t>姓名</t></si><si><t>出生日期</t></si><si><t>王建国</t></si><si><t>本表由各支部填报</t></si>',
  styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
};
const rosterValues = {
  sheets: [
    { name: '花名册', values: [['姓名', '出生日期'], ['王建国', utc(1985, 3, 12)]] },
    { name: '说明', values: [[], [null, '本表由各支部填报']] },
  ],
  date1904: false,
};

describe('readXlsxValues', () => {
  it('reads the worksheets in tab order, whatever order the zip holds the parts in', async () => {
    const parts = workbookParts(roster);
    // The tabs list 说明 first; the zip holds sheet2 before sheet1, and xl/workbook.xml after all of them.
    parts['xl/workbook.xml'] =
      `<workbook xmlns:r="${relationshipsNamespace}"><sheets><sheet name="说明" sheetId="2" r:id="rId2"/><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const path = await writeZip('tabs.xlsx', withLast(parts, 'xl/worksheets/sheet2.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml'));
    expect(await readXlsxValues(path)).toEqual({ sheets: [...rosterValues.sheets].reverse(), date1904: false });
  });

  it('reads a workbook whose xl/workbook.xml, styles and shared strings come after the sheets', async () => {
    const parts = withLast(workbookParts(roster), 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/workbook.xml', '_rels/.rels');
    expect(await readXlsxValues(await writeZip('parts-last.xlsx', parts))).toEqual(rosterValues);
  });

  it('reads a workbook without shared strings or styles (inline strings, as some exporters write)', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1"><v>31118</v></c></row>';
    const path = await writeZip('inline.xlsx', workbookParts({ sheets: [{ name: 'Sheet1', rows }] }));
    expect(await readXlsxValues(path)).toEqual({ sheets: [{ name: 'Sheet1', values: [['姓名', null, 31118]] }], date1904: false });
  });

  it('reads dates by built-in and declared formats, the East Asian built-ins included, in the 1904 system', async () => {
    const styles =
      '<numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/>' +
      '<numFmt numFmtId="166" formatCode="0.00&quot;m&quot;"/></numFmts>' +
      '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="14"/></cellXfs>';
    const serial = 29656; // 1985-03-12 counted from 1904-01-01
    const cells = [0, 1, 2, 3, 4, 5, 6].map((style, index) => `<c r="${String.fromCharCode(65 + index)}1" s="${style}"><v>${serial}</v></c>`).join('');
    const path = await writeZip('mac.xlsx', workbookParts({ sheets: [{ name: '花名册', rows: `<row r="1">${cells}</row>` }], styles, date1904: true }));
    const date = utc(1985, 3, 12);
    expect(await readXlsxValues(path)).toEqual({ sheets: [{ name: '花名册', values: [[serial, date, date, serial, date, date, date]] }], date1904: true });
  });

  it('leaves out chartsheets, which hold no cells', async () => {
    const parts = workbookParts(roster);
    parts['xl/workbook.xml'] = parts['xl/workbook.xml']?.replace('<sheets>', '<sheets><sheet name="图表" sheetId="9" r:id="rIdChart"/>') ?? '';
    parts['xl/_rels/workbook.xml.rels'] =
      parts['xl/_rels/workbook.xml.rels']?.replace('</Relationships>', `<Relationship Id="rIdChart" Type="${relationshipsNamespace}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`) ?? '';
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet/>';
    expect(await readXlsxValues(await writeZip('chart.xlsx', parts))).toEqual(rosterValues);
  });

  it('reports progress up to the size of the file', async () => {
    const path = await writeZip('progress.xlsx', workbookParts(roster));
    const seen: number[] = [];
    await readXlsxValues(path, (bytes) => seen.push(bytes));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe((await readFile(path)).length);
  });

  it('is undefined for a zip without a workbook, and rejects one whose XML is broken', async () => {
    expect(await readXlsxValues(await writeZip('letter.xlsx', { 'word/document.xml': '<w:document/>' }))).toBeUndefined();
    const broken = workbookParts(roster);
    broken['xl/worksheets/sheet1.xml'] = '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>';
    await expect(readXlsxValues(await writeZip('broken.xlsx', broken))).rejects.toThrow();
  });
});
