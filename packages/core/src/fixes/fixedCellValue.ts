import type { CalendarDay } from '../dates/dateMath';
import { toExcelSerial, type DateSystem } from '../dates/excelSerial';
import { parseDateText } from '../dates/parseDateText';
import type { CellFix } from './CellFix';

function dayOf(fix: CellFix): CalendarDay {
  const date = parseDateText(fix.after);
  if (date?.month === undefined || date.day === undefined) {
    throw new RangeError(`fixedCellValue: "${fix.after}" is not a date to the day`);
  }
  return { year: date.year, month: date.month, day: date.day };
}

/** The value to put in the cell as a grid or ExcelJS holds it: text, a number, or a Date at UTC midnight. */
export function fixedCellValue(fix: CellFix): string | number | Date {
  switch (fix.kind) {
    case 'text':
      return fix.after;
    case 'number':
      return Number(fix.after);
    case 'date': {
      const { year, month, day } = dayOf(fix);
      return new Date(Date.UTC(year, month - 1, day));
    }
  }
}

/**
 * The value as Office.js writes it (`range.values`): a date becomes its serial number in the workbook's
 * date system, to go with a date number format.
 */
export function fixedExcelValue(fix: CellFix, dateSystem: DateSystem = 1900): string | number {
  switch (fix.kind) {
    case 'text':
      return fix.after;
    case 'number':
      return Number(fix.after);
    case 'date':
      return toExcelSerial(dayOf(fix), dateSystem);
  }
}
