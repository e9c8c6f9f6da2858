import { formatDate } from '../dates/dateMath';
import { dateOfCell } from '../dates/dateOfCell';
import { precisionOf, type PartialDate } from '../dates/PartialDate';
import { yearMonthOfNumber } from '../dates/yearMonthOfNumber';
import type { CellValue } from '../grid/Grid';
import type { CellFinding } from '../report/Finding';
import type { NormalizeContext } from './NormalizeContext';
import { textOfCell } from './textOfCell';

/**
 * Dates arrive as Date cells, Excel serials or text ("1985.03", "1985年3月12日"). A full date typed as
 * text can safely become a real date; a year-month text stays as it is, since a day would be invented.
 */
export function normalizeDate(cell: Exclude<CellValue, null>, context: NormalizeContext, found: CellFinding[]): PartialDate | undefined {
  const date = dateOfCell(cell, context.dateSystem);
  if (date === undefined && typeof cell === 'number' && yearMonthOfNumber(cell) === 'ambiguous') {
    found.push({ code: 'date.ambiguousNumber', params: { value: String(cell) }, severity: 'error' });
    return undefined;
  }
  if (date === undefined) {
    found.push({ code: 'date.invalid', params: { value: textOfCell(cell).slice(0, 40) }, severity: 'error' });
    return undefined;
  }
  if (typeof cell === 'string' && precisionOf(date) === 'day') {
    found.push({ code: 'date.text', params: {}, severity: 'info', fix: formatDate(date) });
  }
  return date;
}
