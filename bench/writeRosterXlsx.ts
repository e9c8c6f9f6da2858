import { stream } from 'exceljs';
import { benchSheet, rosterColumns, rosterRows, rosterTitle } from './roster';

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const idColumn = rosterColumns.indexOf('公民身份号码') + 1;

/**
 * Writes the generated roster as Excel saves one: shared strings, a bordered table, date cells formatted
 * as dates and the ID column as text. Streams rows out, so a 500k-row file needs no workbook in memory.
 */
export async function writeRosterXlsx(path: string, count: number): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet(benchSheet, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = rosterColumns.map((column) => ({ width: column === '所在党支部' || column === '家庭住址' ? 36 : 14 }));
  sheet.addRow([rosterTitle]).commit();
  const header = sheet.addRow([...rosterColumns]);
  header.font = { bold: true };
  header.commit();
  for (const cells of rosterRows(count)) {
    const row = sheet.addRow(cells);
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cell.border = border;
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      else if (column === idColumn && typeof cell.value === 'string') cell.numFmt = '@';
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
