import { describe, expect, it } from '@jest/globals';
import type { CellValue } from '@taizhang/core';
import { readWorksheetValues, type SheetContext } from './readWorksheetValues';
import { inPieces } from './testing/inPieces';
import { worksheetXml } from './testing/workbookParts';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
/** Style 1 shows dates; 0 and 2 do not. */
const context: SheetContext = { sharedStrings: ['姓名', '财政局', ''], date1904: false, dateStyles: new Set(['1']) };

const read = (rows: string, sheetContext: SheetContext = context) => readWorksheetValues(worksheetXml(rows), sheetContext);

describe('readWorksheetValues', () => {
  // The cached results ExcelJS's streaming reader lost: 0, FALSE, "" and errors (#N/A).
  const formulas = [
    '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="e"><f>VLOOKUP(A2,码表!A:B,2,FALSE)</f><v>#N/A</v></c>',
    '<c r="C2"><f>COUNTIF(D:D,"是")</f><v>0</v></c><c r="D2" s="3"/></row>',
    '<row r="3"><c r="B3" t="str"><f>A3&amp;"支部"</f><v>财政局 &amp; 税务局支部</v></c>',
    '<c r="C3"><f t="shared" ref="C3:C4" si="0"/><v>12.5</v></c><c r="D3" t="b"><f>C3&gt;10</f><v>1</v></c>',
    '<c r="E3" t="str"><f>IF(A3="","",A3)</f><v></v></c><c r="F3"><f>NOW()</f></c><c r="G3"><v>42</v></c>',
    '<c r="H3" t="b"><f>A1=A2</f><v>0</v></c><c r="I3" s="1"><f>DATE(1985,3,12)</f><v>31118</v></c></row>',
  ].join('');
  const formulaValues: CellValue[][] = [
    [],
    ['姓名', { kind: 'error', code: '#N/A' }, 0],
    [null, '财政局 & 税务局支部', 12.5, true, null, null, 42, false, utc(1985, 3, 12)],
  ];

  it('gives a formula cell its cached result by its type: 0, FALSE, "" and #N/A included', async () => {
    expect(await read(formulas)).toEqual(formulaValues);
  });

  it('reads the same values wherever the pieces are cut, even inside a Chinese character or a reference', async () => {
    const xml = worksheetXml(formulas);
    for (let cut = 1; cut < xml.length; cut += 3) {
      expect(await readWorksheetValues(inPieces(xml, cut, cut + 5), context)).toEqual(formulaValues);
    }
  });

  it('reads every cell type: shared, inline and formula strings, numbers, booleans, errors and ISO dates', async () => {
    const rows =
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>王建国</t></is></c>' +
      '<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>中共</t></r><r><t>青禾县</t></r><rPh sb="0" eb="2"><t>zhōng gòng</t></rPh></is></c>' +
      '<c r="D1" t="n"><v>31118</v></c><c r="E1" t="b"><v>0</v></c><c r="F1" t="e"><v>#REF!</v></c><c r="G1" t="d"><v>1985-03-12</v></c>' +
      '<c r="H1" t="s"><v>2</v></c><c r="I1" t="str"><v>第一行_x000D_</v></c><c r="J1" t="inlineStr"><v>旧式</v></c></row>';
    expect(await read(rows)).toEqual([['财政局', '王建国', '中共青禾县', 31118, false, { kind: 'error', code: '#REF!' }, utc(1985, 3, 12), null, '第一行\r', '旧式']]);
  });

  it('reads numbers in date-styled cells as dates, in the 1900 and the 1904 system', async () => {
    const rows = '<row r="1"><c r="A1" s="1"><v>31118</v></c><c r="B1" s="2"><v>31118</v></c><c r="C1" s="1"><v>59</v></c></row>';
    expect(await read(rows)).toEqual([[utc(1985, 3, 12), 31118, 59]]);
    expect(await read(rows, { ...context, date1904: true })).toEqual([[utc(1989, 3, 13), 31118, utc(1904, 2, 29)]]);
  });

  it('puts a row or a cell without r after the previous one, as ECMA-376 allows', async () => {
    const rows =
      '<row><c t="s"><v>0</v></c><c><v>1</v></c></row>' +
      '<row r="3"><c r="C3"><v>3</v></c><c><v>4</v></c></row>' +
      '<row><c><v>5</v></c><c r="C4"><v>6</v></c><c><v>7</v></c></row>';
    expect(await read(rows)).toEqual([['姓名', 1], [], [null, null, 3, 4], [5, null, 6, 7]]);
  });

  it('fills holes with empty cells and drops empty cells and rows at the edges, as trimBlankEdges does', async () => {
    const rows =
      '<row r="2" spans="1:5"><c r="B2" s="2"/><c r="C2"><v>1</v></c><c r="D2" s="2"/><c r="E2" t="s"><v>2</v></c></row>' +
      '<row r="4"><c r="A4" t="str"><v></v></c></row><row r="5"><c r="A5"><v>2</v></c></row><row r="7"><c r="A7" s="2"/></row>';
    expect(await read(rows)).toEqual([[], [null, null, 1], [], [], [2]]);
  });

  it('reads a sheet whose writer prefixes SpreadsheetML, and leaves out formulas in extensions outside the cells', async () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
      '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>男</x:t></x:is></x:c></x:row></x:sheetData>' +
      '<x:extLst><x:ext><x14:conditionalFormattings xmlns:x14="urn:x14"><x14:conditionalFormatting><x14:cfRule><xm:f>A1&lt;&gt;""</xm:f>' +
      '</x14:cfRule><xm:sqref>A1</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></x:ext></x:extLst></x:worksheet>';
    expect(await readWorksheetValues(xml, context)).toEqual([['姓名', '男']]);
  });

  it('reads a sheet with no rows as empty', async () => {
    expect(await readWorksheetValues('<worksheet><sheetData/></worksheet>', context)).toEqual([]);
  });
});
