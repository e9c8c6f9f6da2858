import { formatSummaryValue, type CellFormat, type Summary, type SummaryTable, type SummaryTableRow } from '@taizhang/core';
import { displayWidth } from '../summary/displayWidth';

function shown(value: number | string | undefined, format: CellFormat): string {
  return value === undefined ? '' : formatSummaryValue(value, format);
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function tableLines(table: SummaryTable): string[] {
  const [labelColumn, ...valueColumns] = table.columns;
  const rows: SummaryTableRow[] = [...table.rows, ...(table.excluded ? [table.excluded] : []), ...(table.total ? [table.total] : [])];
  const cells = rows.map((row) => [row.label, ...valueColumns.map((column) => shown(row.values[column.key], column.format))]);
  const header = [labelColumn?.label ?? '', ...valueColumns.map((column) => column.label)];
  const widths = header.map((text, index) => Math.max(displayWidth(text), ...cells.map((line) => displayWidth(line[index] ?? ''))));
  const line = (texts: readonly string[]) =>
    `  ${texts.map((text, index) => (index === 0 ? padEnd(text, widths[0] ?? 0) : padStart(text, widths[index] ?? 0))).join('  ')}`.trimEnd();
  return [table.title, line(header), ...cells.map(line), ''];
}

/** A summary as plain text for a terminal: headline figures, each table aligned, then the notes. */
export function renderSummaryText(summary: Summary): string {
  const sources = summary.sources.map((source) => `${source.file ?? ''}「${source.sheet}」${source.rows} 行`);
  const figures = Object.values(summary.headline);
  const labelWidth = Math.max(...figures.map((figure) => displayWidth(figure.label)));
  const out = [
    `${summary.title}（统计截至 ${summary.asOf}）`,
    `数据来源：${sources.length > 3 ? `${sources.slice(0, 3).join('；')} 等 ${sources.length} 个工作表` : sources.join('；')}`,
    '',
    '主要指标',
    ...figures.map(
      (figure) => `  ${padEnd(figure.label, labelWidth)}  ${padStart(String(figure.count), 6)}${figure.share === undefined ? '' : `  ${padStart(shown(figure.share, 'percent'), 6)}`}`,
    ),
    '',
    ...summary.tables.flatMap(tableLines),
  ];
  if (summary.notes.length > 0) out.push('说明', ...summary.notes.map((note) => `  · ${note}`), '');
  return `${out.join('\n')}\n`;
}
