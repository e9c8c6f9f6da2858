import type { CellValue } from '../grid/Grid';
import type { CellFinding } from '../report/Finding';
import { cleanText } from '../text/cleanText';
import { textOfCell } from './textOfCell';

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Numbers typed as numbers or as text ("1,234.5" with thousands separators); `integer` refuses fractions. */
export function normalizeNumber(cell: Exclude<CellValue, null>, integer: boolean, found: CellFinding[]): number | undefined {
  const number = typeof cell === 'number' ? cell : parseNumberText(textOfCell(cell));
  if (number === undefined || !Number.isFinite(number) || (integer && !Number.isInteger(number))) {
    found.push({ code: 'field.number', params: {}, severity: 'error' });
    return undefined;
  }
  return number;
}

function parseNumberText(text: string): number | undefined {
  const compact = cleanText(text).value.replace(/,/g, '');
  return NUMBER_TEXT.test(compact) ? Number(compact) : undefined;
}
