import { formatDate } from '../dates/dateMath';
import type { CellValue } from '../grid/Grid';
import { isCellError } from '../grid/Grid';

/** The raw text of a non-error cell as a person would read it. */
export function textOfCell(cell: Exclude<CellValue, null>): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  if (cell instanceof Date) return formatDate({ year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() });
  if (isCellError(cell)) return cell.code;
  return '';
}
