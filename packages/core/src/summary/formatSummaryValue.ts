import type { CellFormat } from './Summary';

/** The Excel number format of each summary cell format, shared by every renderer that writes a workbook. */
export const excelNumberFormats: Readonly<Record<CellFormat, string>> = { text: '@', count: '0', percent: '0.0%', amount: '0.00' };

/** A summary cell as text, formatted the way the Excel number format shows it. */
export function formatSummaryValue(value: number | string, format: CellFormat): string {
  if (typeof value === 'string') return value;
  switch (format) {
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'amount':
      return value.toFixed(2);
    case 'count':
    case 'text':
      return String(value);
  }
}
