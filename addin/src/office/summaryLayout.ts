import { columnLetter, excelNumberFormats, headlineTable, type ChartSpec, type Summary, type SummaryTable, type SummaryTableRow } from '@taizhang/core';

export interface LayoutChart {
  readonly id: string;
  readonly type: 'ColumnClustered' | 'Pie';
  readonly title: string;
  /** The category labels (the table's rows, without 未计入 and 合计). */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
  readonly legend: boolean;
}

/** Where everything of a summary goes on the 汇总 sheet, as plain addresses and values. */
export interface SummaryLayout {
  /** Every cell from A1, `rows × columns`; `''` leaves a cell empty. */
  readonly values: readonly (readonly (string | number)[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly title: string;
  /** Section titles and 合计 lines. */
  readonly bold: readonly string[];
  readonly tables: readonly { readonly id: string; readonly address: string }[];
  readonly charts: readonly LayoutChart[];
  /** The block whose content sets the column widths (not the title and notes, which may run long). */
  readonly fitColumns: string;
}


/** Charts sit right of tables this narrow, else below them. */
const narrowTable = 4;
const chartRows = 16;
const chartColumns = 7;

interface Grid {
  values: (string | number)[][];
  formats: string[][];
}

function put(grid: Grid, row: number, column: number, value: string | number, format: string): void {
  while (grid.values.length <= row) {
    grid.values.push([]);
    grid.formats.push([]);
  }
  const values = grid.values[row] ?? [];
  const formats = grid.formats[row] ?? [];
  values[column] = value;
  formats[column] = format;
}

function address(row: number, column: number): string {
  return `${columnLetter(column + 1)}${row + 1}`;
}

function block(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

function sourceLine(source: Summary['sources'][number]): string {
  const place = source.file === undefined ? `「${source.sheet}」` : `${source.file}「${source.sheet}」`;
  return `数据来源：${place}，共 ${source.rows} 行`;
}

function chartFor(spec: ChartSpec, table: SummaryTable, firstRow: number, top: number, left: number): LayoutChart | undefined {
  if (table.rows.length === 0) return undefined;
  const lastRow = firstRow + table.rows.length - 1;
  const series = spec.series.flatMap((key) => {
    const index = table.columns.findIndex((column) => column.key === key);
    const column = table.columns[index];
    return index <= 0 || column === undefined ? [] : [{ name: column.label, values: block(firstRow, index, lastRow, index) }];
  });
  if (series.length === 0) return undefined;
  return {
    id: spec.id,
    type: spec.kind === 'pie' ? 'Pie' : 'ColumnClustered',
    title: spec.title,
    categories: block(firstRow, 0, lastRow, 0),
    series,
    from: address(top, left),
    to: address(top + chartRows - 1, left + chartColumns - 1),
    legend: spec.kind === 'pie' || series.length > 1,
  };
}

/**
 * Lays a summary out top to bottom: title, 统计截至, 数据来源, then each table (headline figures first)
 * under its own title with its chart beside or below it, then the notes. Text cells get the text number
 * format so labels such as "2024年" or "=…" are never read as numbers or formulas.
 */
export function layoutSummary(summary: Summary): SummaryLayout {
  const grid: Grid = { values: [], formats: [] };
  const bold: string[] = [];
  const tables: { id: string; address: string }[] = [];
  const charts: LayoutChart[] = [];
  put(grid, 0, 0, summary.title, '@');
  put(grid, 1, 0, `统计截至：${summary.asOf}`, '@');
  summary.sources.forEach((source, i) => put(grid, 2 + i, 0, sourceLine(source), '@'));
  let row = 2 + summary.sources.length + 1;
  const firstTableRow = row;
  // A summary with no headline figures (台账核对) starts with its tables.
  const headline = Object.keys(summary.headline).length === 0 ? [] : [headlineTable(summary)];
  for (const table of [...headline, ...summary.tables]) {
    put(grid, row, 0, table.title, '@');
    bold.push(address(row, 0));
    const headerRow = row + 1;
    table.columns.forEach((column, c) => put(grid, headerRow, c, column.label, '@'));
    const lines: SummaryTableRow[] = [...table.rows, ...(table.excluded ? [table.excluded] : []), ...(table.total ? [table.total] : [])];
    lines.forEach((line, i) => {
      table.columns.forEach((column, c) => {
        const value = c === 0 ? line.label : (line.values[column.key] ?? '');
        put(grid, headerRow + 1 + i, c, value, c === 0 || typeof value === 'string' ? '@' : excelNumberFormats[column.format]);
      });
    });
    const lastRow = headerRow + lines.length;
    const width = table.columns.length;
    if (lines.length > 0) tables.push({ id: table.id, address: block(headerRow, 0, lastRow, width - 1) });
    if (table.total) bold.push(block(lastRow, 0, lastRow, width - 1));
    let end = lastRow;
    let besideFree = width <= narrowTable;
    for (const spec of summary.charts.filter((chart) => chart.table === table.id)) {
      const top = besideFree ? row : end + 2;
      const chart = chartFor(spec, table, headerRow + 1, top, besideFree ? width + 1 : 0);
      if (chart === undefined) continue;
      charts.push(chart);
      besideFree = false;
      end = Math.max(end, top + chartRows - 1);
    }
    row = end + 2;
  }
  const fitColumns = block(firstTableRow, 0, row - 2, Math.max(...grid.values.map((line) => line.length)) - 1);
  if (summary.notes.length > 0) {
    put(grid, row, 0, '说明', '@');
    bold.push(address(row, 0));
    summary.notes.forEach((note, i) => put(grid, row + 1 + i, 0, `${i + 1}. ${note}`, '@'));
  }
  const width = Math.max(...grid.values.map((line) => line.length));
  const pad = <T>(lines: T[][], empty: T) => lines.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? empty));
  return { values: pad(grid.values, ''), numberFormats: pad(grid.formats, 'General'), title: 'A1', bold, tables, charts, fitColumns };
}
