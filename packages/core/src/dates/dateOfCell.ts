import type { CellValue } from '../grid/Grid';
import { fromExcelSerial, type DateSystem } from './excelSerial';
import { parseDateText } from './parseDateText';
import type { PartialDate } from './PartialDate';

/** How a cell held its date: an Excel serial number, a date value, or text that had to be parsed. */
export type DateSource = 'serial' | 'date' | 'text';

export interface CellDate {
  readonly date: PartialDate;
  readonly source: DateSource;
}

/** Serial of 9999-12-31 in the 1900 system; larger numbers are not dates whatever the system. */
const LAST_SERIAL = 2958465;

/**
 * The date a cell holds, if it holds one:
 * - a Date: its UTC year, month and day (ExcelJS gives dates as UTC midnight);
 * - a number from 1 to 2958465: an Excel serial in the workbook's date system (time of day ignored);
 * - a string: `parseDateText`. A string of digits is a date only as YYYYMMDD, YYYYMM or a bare year:
 *   "31120" (a serial typed or pasted as text) is not.
 * Booleans, errors, blanks and anything else give undefined.
 */
export function dateOfCell(value: CellValue, system: DateSystem = 1900): CellDate | undefined {
  if (typeof value === 'number') {
    if (!(value >= 1 && value <= LAST_SERIAL)) return undefined;
    const date = fromExcelSerial(value, system);
    return date && { date, source: 'serial' };
  }
  if (typeof value === 'string') {
    const date = parseDateText(value);
    return date && { date, source: 'text' };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return {
      date: { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() },
      source: 'date',
    };
  }
  return undefined;
}
