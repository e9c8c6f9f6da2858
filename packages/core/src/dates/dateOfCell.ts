import type { CellValue } from '../grid/Grid';
import { sharedDay } from './sharedDates';
import { fromExcelSerial, type DateSystem } from './excelSerial';
import { parseDateText } from './parseDateText';
import type { PartialDate } from './PartialDate';
import { yearMonthOfNumber } from './yearMonthOfNumber';

/** Serial of 9999-12-31 in the 1900 system; larger numbers are not dates whatever the system. */
const LAST_SERIAL = 2958465;
const MS_PER_DAY = 86_400_000;

/**
 * The date a cell holds, if it holds one:
 * - a Date: its UTC year, month and day (ExcelJS gives dates as UTC midnight);
 * - a number from 1800 to 2200 (a year or year.month typed into a General cell, see yearMonthOfNumber),
 *   or an 8-digit YYYYMMDD number;
 * - another number from 1 to 2958465: an Excel serial in the workbook's date system (time of day ignored);
 * - a string: `parseDateText`. A string of digits is a date only as YYYYMMDD, YYYYMM or a bare year:
 *   "31120" (a serial typed or pasted as text) is not.
 * Booleans, errors, blanks and anything else give undefined.
 */
export function dateOfCell(value: CellValue, system: DateSystem = 1900): PartialDate | undefined {
  if (typeof value === 'number') {
    const written = yearMonthOfNumber(value);
    if (written === 'ambiguous') return undefined;
    if (written !== undefined) return written;
    if (Number.isInteger(value) && value >= 18000101 && value <= 22001231) return parseDateText(String(value));
    if (!(value >= 1 && value <= LAST_SERIAL)) return undefined;
    return fromExcelSerial(value, system);
  }
  if (typeof value === 'string') return parseDateText(value);
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return undefined;
    // One read of the time value: three getUTC* calls per cell cost more on large rosters.
    return sharedDay(Math.floor(time / MS_PER_DAY));
  }
  return undefined;
}
