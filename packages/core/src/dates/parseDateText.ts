import { cleanText } from '../text/cleanText';
import { toHalfWidth } from '../text/toHalfWidth';
import { dayNumber } from './dateMath';
import { isRealDate } from './isRealDate';
import { sharedDay, sharedMonth } from './sharedDates';
import type { PartialDate } from './PartialDate';

/** A time after the date ("2019/2/3  14:30", "2019-02-03T14:30:00.000Z"): accepted and ignored. */
const TIME = '(?:\\s+|T)(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?';
/** 1985.03.12, 1985/3/12, 1985-03-12, 1985.3, 1985-03: one separator throughout. */
const SEPARATED = new RegExp(`^(\\d{4})([./-])(\\d{1,2})(?:\\2(\\d{1,2})(?:${TIME})?)?$`);
/** 1985年, 1985年3月, 1985年03月12日, 1985年3月12号. */
const CHINESE = new RegExp(`^(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号]?(?:${TIME})?)?)?$`);
const DIGITS = /^\d+$/;

const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;
/** A bare 4-digit number is taken for a year only in this narrower range, where it can hardly be anything else. */
const FIRST_BARE_YEAR = 1900;
const LAST_BARE_YEAR = 2100;

function toDate(year: number, month: number | undefined, day: number | undefined): PartialDate | undefined {
  if (year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  if (month === undefined) return { year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return sharedMonth(year, month);
  return isRealDate(year, month, day) ? sharedDay(dayNumber(year, month, day)) : undefined;
}

function optionalNumber(digits: string | undefined): number | undefined {
  return digits === undefined ? undefined : Number(digits);
}

/**
 * A date written as text, to the day, month or year as written: 1985.03.12, 1985.3, 1985年3月12日,
 * 1985年03月12号, 1985/3/12, 1985-03-12, 19850312, 198503, 1985 (a bare year only from 1900 to 2100),
 * and date-times such as "2019/2/3  14:30" (the time is ignored). Full-width digits and surrounding
 * spaces are allowed. Returns undefined for anything else: impossible dates (1985.02.30, month 13),
 * 2-digit years, years outside 1800–2200, other numbers and free text.
 */
export function parseDateText(text: string): PartialDate | undefined {
  const known = parsedTexts.get(text);
  if (known !== undefined) return known ?? undefined;
  const date = parseUnseen(text);
  if (parsedTexts.size < MAX_REMEMBERED_TEXTS && text.length <= MAX_REMEMBERED_LENGTH) parsedTexts.set(text, date ?? null);
  return date;
}

// A column of dates written as text repeats a few thousand spellings ("1985.03", "1985年3月") down a
// city's 500,000 rows: each is parsed once. The dates are immutable, shared like sharedDay's. Only short
// texts are kept, as a date is, so that a column of long notes cannot hold on to their text.
const MAX_REMEMBERED_TEXTS = 50_000;
const MAX_REMEMBERED_LENGTH = 32;
const parsedTexts = new Map<string, PartialDate | null>();

function parseUnseen(text: string): PartialDate | undefined {
  const clean = toHalfWidth(cleanText(text).value);
  if (DIGITS.test(clean)) {
    switch (clean.length) {
      case 8:
        return toDate(Number(clean.slice(0, 4)), Number(clean.slice(4, 6)), Number(clean.slice(6, 8)));
      case 6:
        return toDate(Number(clean.slice(0, 4)), Number(clean.slice(4, 6)), undefined);
      case 4: {
        const year = Number(clean);
        return year >= FIRST_BARE_YEAR && year <= LAST_BARE_YEAR ? { year } : undefined;
      }
      default:
        return undefined;
    }
  }
  const separated = SEPARATED.exec(clean);
  if (separated) return toDate(Number(separated[1]), Number(separated[3]), optionalNumber(separated[4]));
  const chinese = CHINESE.exec(clean);
  if (chinese) return toDate(Number(chinese[1]), optionalNumber(chinese[2]), optionalNumber(chinese[3]));
  return undefined;
}
