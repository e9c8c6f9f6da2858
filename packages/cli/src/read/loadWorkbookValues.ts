import { Workbook } from 'exceljs';
import type { CellValue } from '@taizhang/core';
import { rowValues } from './rowValues';
import { trimBlankEdges } from './trimBlankEdges';
import type { WorkbookValues } from './WorkbookValues';

/**
 * The workbook read whole into memory by ExcelJS, for the files readXlsxValues refuses: a zip or XML
 * quirk ExcelJS's own unzipper and parser get past. Undefined when the zip holds no worksheet.
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
  return { sheets, date1904 };
}
