import { describe, expect, it } from '@jest/globals';
import { Workbook } from 'exceljs';
import { writeMessyRoster } from '../testing/messyRoster';
import { loadWorkbookValues } from './loadWorkbookValues';
import { readWorkbookGrids } from './readWorkbookGrids';
import { tempFiles } from './testing/tempFiles';

const temp = tempFiles();

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('loadWorkbookValues', () => {
  it('gives the same values as the streaming reader', async () => {
    const path = temp.path('messy.xlsx');
    await writeMessyRoster(path);
    const streamed = await readWorkbookGrids(path);
    expect(await loadWorkbookValues(path)).toEqual({
      sheets: streamed.map((grid) => ({ name: grid.sheet, values: grid.values })),
      date1904: false,
    });
  });

  it('keeps formula results, errors and the tabs order, and corrects early 1900-system dates', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('说明').getCell('A1').value = '填表说明';
    const sheet = workbook.addWorksheet('花名册');
    sheet.getCell('A1').value = { formula: 'VLOOKUP(A6,Z:Z,2,FALSE)', result: { error: '#N/A' } };
    sheet.getCell('B1').value = { formula: 'COUNTIF(H:H,"x")', result: 0 };
    sheet.getCell('C1').value = { richText: [{ text: '王' }, { text: '建国', font: { bold: true } }] };
    sheet.getCell('D1').value = 59;
    sheet.getCell('D1').numFmt = 'yyyy-mm-dd';
    sheet.getCell('E1').value = utc(1985, 3, 12);
    sheet.getCell('E1').numFmt = 'yyyy-mm-dd';
    const path = temp.path('tabs.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await loadWorkbookValues(path)).toEqual({
      sheets: [
        { name: '说明', values: [['填表说明']] },
        { name: '花名册', values: [[{ kind: 'error', code: '#N/A' }, 0, '王建国', 59, utc(1985, 3, 12)]] },
      ],
      date1904: false,
    });
  });
});
