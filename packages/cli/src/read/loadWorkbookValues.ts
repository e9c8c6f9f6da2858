import { Workbook } from 'exceljs';
import type { CellValue } from '@taizhang/core';
import { rowValues } from './rowValues';
import { trimBlankEdges } from './trimBlankEdges';
import type { WorkbookValues } from './WorkbookValues';

/**
 * The workbook read whole into memory, for the files ExcelJS's streaming reader fails on: it needs
 * xl/workbook.xml before any worksheet that follows the shared strings, an order the zip need not
 * have (OPC sets none). Undefined when the zip holds no worksheet.
 */
export async function loadWorkbookValues(path: string): Promise<WorkbookValues | undefined> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  if (workbook.worksheets.length === 0) return undefined;
  const date1904 = workbook.properties.date1904 === true;
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows: CellValue[][] = [];
    worksheet.eachRow((row) => {
      rows[row.number - 1] = rowValues(row, date1904);
    });
    return { name: worksheet.name, values: trimBlankEdges(rows) };
  });
  return { sheets, sheetNames: sheets.map((sheet) => sheet.name), date1904 };
}
