import {
  changeLogColumns,
  changeLogEntries,
  changeLogRow,
  changeLogSheetName,
  columnNumber,
  fixedCellValue,
  type CellFix,
  type CellValue,
  type ChangeLogEntry,
} from '@taizhang/core';
import { ValueType, Workbook, type Cell, type Worksheet } from 'exceljs';
import { toCellValue } from '../read/toCellValue';
import { isDateFormat } from './isDateFormat';

const defaultDateFormat = 'yyyy-mm-dd';
const logWidths = [20, 14, 8, 24, 24, 22];

/** Why a planned fix was not written. */
export type SkipReason = 'formula' | 'hyperlink' | 'changed' | 'noSheet';

export interface FixOutcome {
  /** The fixes written, each with its line of the change log. */
  readonly applied: readonly { readonly fix: CellFix; readonly entry: ChangeLogEntry }[];
  readonly skipped: readonly { readonly fix: CellFix; readonly reason: SkipReason }[];
  /** The sheet the log went to (`修改记录`, or `修改记录2` when that name held something else). */
  readonly logSheet?: string;
}

/**
 * Writes a copy of `input` to `out` with the fixes applied and the change log appended; `input` is only
 * read. A cell keeps its style and number format, except that a text date made a real date takes a
 * date format: its own if it has one, else the one its column's dates use, else yyyy-mm-dd. A cell
 * holding a formula or a link, or no longer holding what was checked, is left alone.
 */
export async function writeFixedWorkbook(input: string, out: string, fixes: readonly CellFix[], time: Date): Promise<FixOutcome> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(input);
  const done: CellFix[] = [];
  const skipped: { fix: CellFix; reason: SkipReason }[] = [];
  for (const fix of fixes) {
    const sheet = workbook.getWorksheet(fix.sheet);
    if (sheet === undefined) {
      skipped.push({ fix, reason: 'noSheet' });
      continue;
    }
    const cell = sheet.getCell(fix.row, columnNumber(fix.column));
    const reason = reasonToSkip(cell, fix);
    if (reason !== undefined) {
      skipped.push({ fix, reason });
      continue;
    }
    if (fix.kind === 'date' && !isDateFormat(cell.numFmt)) cell.numFmt = columnDateFormat(sheet, cell) ?? defaultDateFormat;
    cell.value = fixedCellValue(fix);
    done.push(fix);
  }
  const entries = changeLogEntries(done, time);
  const logSheet = entries.length === 0 ? undefined : appendChangeLog(workbook, entries);
  await workbook.xlsx.writeFile(out);
  const applied = done.flatMap((fix, index) => {
    const entry = entries[index];
    return entry === undefined ? [] : [{ fix, entry }];
  });
  return logSheet === undefined ? { applied, skipped } : { applied, skipped, logSheet };
}

function reasonToSkip(cell: Cell, fix: CellFix): SkipReason | undefined {
  if (cell.type === ValueType.Formula) return 'formula';
  if (cell.type === ValueType.Hyperlink) return 'hyperlink';
  return fix.before === undefined || sameValue(toCellValue(cell.value), fix.before) ? undefined : 'changed';
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The format the column's real dates are shown in, so a converted date looks like its neighbours. */
function columnDateFormat(sheet: Worksheet, cell: Cell): string | undefined {
  let format: string | undefined;
  sheet.getColumn(cell.col).eachCell((other) => {
    if (format === undefined && other.value instanceof Date && isDateFormat(other.numFmt)) format = other.numFmt;
  });
  return format;
}

/** Appends to the 修改记录 sheet of an earlier fix, or adds one (under another name if that one is not a log). */
function appendChangeLog(workbook: Workbook, entries: readonly ChangeLogEntry[]): string {
  const sheet = logSheetOf(workbook);
  for (const entry of entries) {
    const row = sheet.addRow([...changeLogRow(entry)]);
    // Values are logged as text, so an ID number keeps every digit and a date shows as written.
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  return sheet.name;
}

function logSheetOf(workbook: Workbook): Worksheet {
  const header = changeLogColumns['zh-CN'];
  for (let index = 1; ; index += 1) {
    const name = index === 1 ? changeLogSheetName : `${changeLogSheetName}${index}`;
    const existing = workbook.getWorksheet(name);
    if (existing === undefined) return newLogSheet(workbook, name, header);
    if (header.every((text, column) => existing.getRow(1).getCell(column + 1).value === text)) return existing;
  }
}

function newLogSheet(workbook: Workbook, name: string, header: readonly string[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...header]).font = { bold: true };
  logWidths.forEach((width, column) => {
    sheet.getColumn(column + 1).width = width;
  });
  return sheet;
}
