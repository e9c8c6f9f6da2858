import type { CellValue } from '@taizhang/core';
import { detachedString } from './detachedString';
import { earlySerialDate, epochSerial, msPerDay } from './earlySerialDate';
import { unescapeXstring } from './unescapeXstring';

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly date1904: boolean;
}

/** The 1904 date system counts 1462 days fewer than the 1900 one. */
const days1900To1904 = 1462;
/** An ISO 8601 time with its offset from UTC: Z, +08:00, -0500. */
const zoned = /(?:[zZ]|[+-]\d\d:?\d\d)$/;

/**
 * One `<c>` element's value as the core sees it, from its type (`t`, "n" when absent) and the text of
 * its `<v>` (of its `<is>` for an inline string, already unescaped): what the cell shows, so a formula
 * cell gives its cached result by the same rules. A number in a date-styled cell becomes the date at
 * UTC midnight, as ExcelJS's utils.excelToDate converts it, and then as earlySerialDate corrects it;
 * empty text and a number that is not one are empty cells.
 */
export function xmlCellValue(type: string | undefined, text: string, isDate: boolean, context: CellContext): CellValue {
  if (text === '') return null;
  switch (type) {
    case 's':
      return context.sharedStrings[Number.parseInt(text, 10)] || null;
    case 'str':
      return detachedString(unescapeXstring(text)) || null;
    case 'inlineStr':
      return text;
    case 'b':
      return booleanOf(text);
    case 'e':
      return { kind: 'error', code: text };
    case 'd':
      return isoDate(text);
    default: {
      const number = Number.parseFloat(text);
      if (Number.isNaN(number)) return null;
      if (!isDate) return number;
      const date = serialDate(number, context.date1904);
      return context.date1904 ? date : earlySerialDate(date);
    }
  }
}

/** utils.excelToDate of ExcelJS, to the millisecond. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - epochSerial + (date1904 ? days1900To1904 : 0)) * msPerDay));
}

function booleanOf(text: string): boolean | null {
  if (text === 'true') return true;
  if (text === 'false') return false;
  const number = Number(text);
  return Number.isNaN(number) ? null : number !== 0;
}

/** A `t="d"` cell holds ISO 8601 text; one without an offset is taken as UTC, as every date here is. */
function isoDate(text: string): Date | null {
  const date = new Date(text.includes('T') && !zoned.test(text) ? `${text}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}
