import { excelNumberFormats, formatSummaryValue, headlineTable, type Summary, type SummarySource, type SummaryTable, type SummaryTableRow } from '@taizhang/core';
import { Workbook, type Border, type Fill, type Font, type Worksheet } from 'exceljs';
import { displayWidth } from './displayWidth';
import { sheetName } from './sheetName';

/** Beyond this many rows a 汇总 sheet moves its longest tables to sheets of their own. */
export const summarySheetMaxRows = 200;

const tableStyle = { theme: 'TableStyleMedium2', showRowStripes: true } as const;
// LibreOffice ignores table styles, so the header and rules are also set on the cells, in the style's colours.
const fontName = 'Calibri';
const headerFill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF4472C4' } };
const headerFont: Partial<Font> = { name: fontName, size: 11, bold: true, color: { argb: 'FFFFFFFF' } };
const ruleColor = { argb: 'FF8EA9DB' };
const rule: Partial<Border> = { style: 'thin', color: ruleColor };
const boldFont: Partial<Font> = { name: fontName, size: 11, bold: true };
/** Sources listed in the title line; more than this and they get a 数据来源 sheet. */
const maxListedSources = 5;
const minWidth = 8;
const maxWidth = 60;

type Widths = Map<number, number>;

function noteWidth(widths: Widths, column: number, text: string): void {
  widths.set(column, Math.max(widths.get(column) ?? 0, displayWidth(text)));
}

function linesOf(table: SummaryTable): readonly SummaryTableRow[] {
  return [...table.rows, ...(table.excluded ? [table.excluded] : []), ...(table.total ? [table.total] : [])];
}

/** Section title, header, lines, blank row. */
function blockHeight(table: SummaryTable): number {
  return linesOf(table).length + 3;
}

/** Section title, "see sheet …", blank row. */
const movedBlockHeight = 3;

function sourcesLine(sources: readonly SummarySource[], listSheet: string | undefined): string {
  if (listSheet !== undefined) return `数据来源：共 ${sources.length} 个工作表，见工作表“${listSheet}”`;
  const described = sources.map((source) => `${source.file ?? ''}「${source.sheet}」${source.rows} 行`);
  return `数据来源：${described.join('；') || '无'}`;
}

function writeTitleBlock(sheet: Worksheet, title: string, summary: Summary, sources: string): void {
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { name: fontName, size: 14, bold: true };
  sheet.getCell(2, 1).value = `统计截至：${summary.asOf}`;
  sheet.getCell(3, 1).value = sources;
}

/**
 * Writes one table as an Excel table (header row, style, number formats) with its header at `headerRow`;
 * the 合计 line is a normal last row in bold, which opens cleanly everywhere. Returns the next free row.
 */
function writeTable(sheet: Worksheet, headerRow: number, table: SummaryTable, name: string, widths: Widths): number {
  const lines = linesOf(table);
  const valueColumns = table.columns.slice(1);
  sheet.addTable({
    name,
    displayName: name,
    ref: sheet.getCell(headerRow, 1).address,
    headerRow: true,
    totalsRow: false,
    style: tableStyle,
    columns: table.columns.map((column) => ({ name: column.label, filterButton: false })),
    rows: lines.map((line) => [line.label, ...valueColumns.map((column) => line.values[column.key] ?? null)]),
  });
  table.columns.forEach((column, index) => {
    const cell = sheet.getCell(headerRow, index + 1);
    cell.fill = headerFill;
    cell.font = headerFont;
    if (column.format !== 'text') cell.alignment = { horizontal: 'right' };
    noteWidth(widths, index + 1, column.label);
  });
  lines.forEach((line, lineIndex) => {
    const row = headerRow + 1 + lineIndex;
    const isTotal = line === table.total;
    table.columns.forEach((column, index) => {
      const cell = sheet.getCell(row, index + 1);
      if (column.format !== 'text') cell.numFmt = excelNumberFormats[column.format];
      cell.border = isTotal ? { top: { style: 'double', color: ruleColor }, bottom: rule } : { bottom: rule };
      if (isTotal) cell.font = boldFont;
      const value = index === 0 ? line.label : (line.values[column.key] ?? null);
      noteWidth(widths, index + 1, value === null ? '' : formatSummaryValue(value, column.format));
    });
  });
  return headerRow + 1 + lines.length;
}

/** Printed landscape, one page wide: offices print these. */
function addSheet(workbook: Workbook, name: string, frozenRows: number): Worksheet {
  return workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: frozenRows }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

function applyWidths(sheet: Worksheet, widths: Widths): void {
  for (const [column, width] of widths) {
    sheet.getColumn(column).width = Math.min(maxWidth, Math.max(minWidth, width + 2));
  }
}

/** The tables to move off the 汇总 sheet, longest first, until it fits in `summarySheetMaxRows`. */
function tablesToMove(summary: Summary, headline: SummaryTable): Set<SummaryTable> {
  const notesHeight = summary.notes.length === 0 ? 0 : summary.notes.length + 1;
  let height = 4 + blockHeight(headline) + notesHeight + summary.tables.reduce((rows, table) => rows + blockHeight(table), 0);
  const moved = new Set<SummaryTable>();
  for (const table of [...summary.tables].sort((a, b) => blockHeight(b) - blockHeight(a))) {
    if (height <= summarySheetMaxRows) break;
    moved.add(table);
    height -= blockHeight(table) - movedBlockHeight;
  }
  return moved;
}

function writeSourcesSheet(workbook: Workbook, name: string, summary: Summary, tableName: string): void {
  const sheet = addSheet(workbook, name, 5);
  const widths: Widths = new Map();
  writeTitleBlock(sheet, `${summary.title}：数据来源`, summary, `共 ${summary.sources.length} 个工作表`);
  const sources: SummaryTable = {
    id: 'sources',
    title: '数据来源',
    columns: [
      { key: 'label', label: '文件', format: 'text' },
      { key: 'sheet', label: '工作表', format: 'text' },
      { key: 'rows', label: '行数', format: 'count' },
    ],
    rows: summary.sources.map((source) => ({ label: source.file ?? '', values: { sheet: source.sheet, rows: source.rows } })),
  };
  writeTable(sheet, 5, sources, tableName, widths);
  applyWidths(sheet, widths);
}

function addSummary(workbook: Workbook, summary: Summary, index: number, taken: Set<string>): void {
  const prefix = `S${index + 1}_`;
  const sheet = addSheet(workbook, sheetName('汇总', taken), 3);
  const listSheet = summary.sources.length > maxListedSources ? sheetName('数据来源', taken) : undefined;
  const sources = sourcesLine(summary.sources, listSheet);
  const widths: Widths = new Map();
  writeTitleBlock(sheet, summary.title, summary, sources);

  const headline = headlineTable(summary);
  const moved = tablesToMove(summary, headline);
  let row = 5;
  for (const table of [headline, ...summary.tables]) {
    sheet.getCell(row, 1).value = table.title;
    sheet.getCell(row, 1).font = boldFont;
    if (moved.has(table)) {
      const own = addSheet(workbook, sheetName(table.title, taken), 5);
      sheet.getCell(row + 1, 1).value = `见工作表“${own.name}”`;
      writeTitleBlock(own, `${summary.title}：${table.title}`, summary, sources);
      const ownWidths: Widths = new Map();
      writeTable(own, 5, table, prefix + table.id, ownWidths);
      applyWidths(own, ownWidths);
      row += movedBlockHeight;
      continue;
    }
    row = writeTable(sheet, row + 1, table, prefix + table.id, widths) + 1;
  }
  if (summary.notes.length > 0) {
    sheet.getCell(row, 1).value = '说明';
    sheet.getCell(row, 1).font = boldFont;
    summary.notes.forEach((note, noteIndex) => {
      sheet.getCell(row + 1 + noteIndex, 1).value = note;
    });
  }
  applyWidths(sheet, widths);
  if (listSheet !== undefined) writeSourcesSheet(workbook, listSheet, summary, `${prefix}sources`);
}

/**
 * Writes summaries to an .xlsx workbook: the first on a sheet named 汇总, others on 汇总2, 汇总3 …
 * Each starts with a title line (title, 统计截至, 数据来源), then 主要指标 and every table as a real
 * Excel table (TableStyleMedium2, header row, counts as `0`, percents as `0.0%`, the 合计 line last in
 * bold), then the notes. Title rows are frozen, and columns sized to their text with Chinese characters
 * counted double. When a 汇总 sheet would pass `summarySheetMaxRows` rows (say the branch table of a
 * large county), its longest tables move to sheets named after them.
 *
 * Chart specs are not drawn: ExcelJS cannot write charts. The add-in draws them as native Excel charts.
 *
 * @throws RangeError when there is no summary (a workbook needs at least one sheet).
 */
export async function writeSummaryWorkbook(summaries: readonly Summary[], path: string): Promise<void> {
  if (summaries.length === 0) throw new RangeError('writeSummaryWorkbook requires at least one summary');
  const workbook = new Workbook();
  workbook.creator = 'Taizhang 党建台账助手';
  const taken = new Set<string>();
  summaries.forEach((summary, index) => addSummary(workbook, summary, index, taken));
  await workbook.xlsx.writeFile(path);
}
