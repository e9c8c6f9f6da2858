import type { PartialDate } from '../dates/PartialDate';
import { dayNumber } from '../dates/dateMath';
import { isRealDate } from '../dates/isRealDate';
import { sharedDay } from '../dates/sharedDates';
import type { CellValue } from '../grid/Grid';
import { cleanText } from '../text/cleanText';
import type { IdAnalysis } from './IdAnalysis';
import { checkCharacterOf } from './idCheckCharacter';
import { isProvinceCode } from './isValidProvincePrefix';
import { upgradeLegacyId } from './upgradeLegacyId';
import { sexOfId, sexOfSequenceDigit } from './sexOfId';

const BLANK: IdAnalysis = { kind: 'blank' };
const PRECISION_LOST: IdAnalysis = { kind: 'precisionLost' };
const CHARACTERS: IdAnalysis = { kind: 'characters' };

/** How Excel shows a long number in a General cell: 4.30702E+17, 4.30702198503121E+17. */
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]?\d+$/i;
/** The smallest 16-digit number: from here on a double cannot be trusted to hold every digit. */
const SIXTEEN_DIGITS = 1e15;
/** Births before this are typing errors, not the oldest members (the standard's own example is 1880). */
const FIRST_BIRTH_YEAR = 1800;

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UPPER_X = 88;
const LOWER_X = 120;

/** White space, zero-width characters and hyphens/dashes people put between the parts of the number. */
function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x2d ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x2015) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x2212 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The number written by the ASCII digits `text[start..end)`, already known to be digits. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - DIGIT_0);
  return value;
}

/** The birth date whose month and day are the 4 digits at `monthAt`, if it is a real date. */
function birthOf(year: number, id: string, monthAt: number): PartialDate | undefined {
  const month = digitsValue(id, monthAt, monthAt + 2);
  const day = digitsValue(id, monthAt + 2, monthAt + 4);
  return year >= FIRST_BIRTH_YEAR && isRealDate(year, month, day) ? sharedDay(dayNumber(year, month, day)) : undefined;
}

// GB 11643-1989 15-digit number: 地址码 + YYMMDD + 顺序码, no check character (RULES.md §2).
function analyzeLegacy(id15: string): IdAnalysis {
  if (!isProvinceCode(digitsValue(id15, 0, 2))) return { kind: 'province', prefix: id15.slice(0, 2) };
  const birth = birthOf(1900 + digitsValue(id15, 6, 8), id15, 8);
  if (birth === undefined) return { kind: 'birthDate', segment: id15.slice(6, 12) };
  return { kind: 'legacy15', id: upgradeLegacyId(id15), birth, sex: sexOfSequenceDigit(id15.charAt(14)) };
}

/** `id` has no separators and an upper-case X, if any. */
function analyzeCompact(id: string, lowercaseX: boolean, spaces: boolean): IdAnalysis {
  const length = id.length;
  for (let i = 0; i < length; i++) {
    const code = id.charCodeAt(i);
    if ((code < DIGIT_0 || code > DIGIT_9) && !(code === UPPER_X && i === length - 1)) return CHARACTERS;
  }
  const endsWithX = id.charCodeAt(length - 1) === UPPER_X;
  if (length === 15 && !endsWithX) return analyzeLegacy(id);
  if (length !== 18) return { kind: 'length', length };
  const expected = checkCharacterOf(id);
  return expected === undefined ? CHARACTERS : analyzeEighteen(id, expected, lowercaseX, spaces);
}

/** `id` is 17 ASCII digits, whose check character is `expected`, and a digit or X. */
function analyzeEighteen(id: string, expected: string, lowercaseX: boolean, spaces: boolean): IdAnalysis {
  const actual = id.charAt(17);
  // Excel shows 15 significant digits: an 18-digit number saved back as text ends in 000 and fails the check.
  if (expected !== actual && id.endsWith('000')) return PRECISION_LOST;
  // GB 11643-1999 地址码: the province part must exist.
  if (!isProvinceCode(digitsValue(id, 0, 2))) return { kind: 'province', prefix: id.slice(0, 2) };
  // GB 11643-1999 出生日期码: YYYYMMDD, a real date (the future check needs the as-of date: the caller's).
  const birth = birthOf(digitsValue(id, 6, 10), id, 10);
  if (birth === undefined) return { kind: 'birthDate', segment: id.slice(6, 14) };
  const sex = sexOfId(id);
  // GB 11643-1999 校验码 (ISO 7064 MOD 11-2).
  if (expected !== actual) return { kind: 'checksum', expected, actual, birth, sex };
  return { kind: 'valid', id, birth, sex, lowercaseX, spaces };
}

function analyzeNumber(value: number): IdAnalysis {
  if (!Number.isInteger(value) || value < 0) return CHARACTERS;
  // An 18-digit number typed into a General cell keeps only 15 significant digits; 15 digits survive.
  if (value >= SIXTEEN_DIGITS) return PRECISION_LOST;
  return analyzeCompact(String(value), false, false);
}

function analyzeText(raw: string): IdAnalysis {
  // Most cells hold 17 digits and a digit or X, nothing to clean, trim or join: checked in one pass.
  if (raw.length === 18) {
    const expected = checkCharacterOf(raw);
    const last = raw.charCodeAt(17);
    if (expected !== undefined && ((last >= DIGIT_0 && last <= DIGIT_9) || last === UPPER_X)) return analyzeEighteen(raw, expected, false, false);
  }
  const cleaned = cleanText(raw).value;
  if (cleaned === '') return BLANK;
  let compact = cleaned;
  let spaces = false;
  for (let i = 0; i < cleaned.length; i++) {
    if (isSeparator(cleaned.charCodeAt(i))) {
      spaces = true;
      break;
    }
  }
  if (spaces) {
    compact = '';
    for (let i = 0; i < cleaned.length; i++) {
      if (!isSeparator(cleaned.charCodeAt(i))) compact += cleaned.charAt(i);
    }
  }
  if (compact === '') return CHARACTERS;
  // The regular expression only when there is an exponent to find: this runs for every ID in the sheet.
  if ((compact.includes('E') || compact.includes('e')) && SCIENTIFIC.test(compact)) return PRECISION_LOST;
  const lowercaseX = compact.charCodeAt(compact.length - 1) === LOWER_X;
  return analyzeCompact(lowercaseX ? `${compact.slice(0, -1)}X` : compact, lowercaseX, spaces);
}

/**
 * Checks a 公民身份号码 cell (GB 11643-1999, RULES.md §2) and reads its birth date and sex.
 *
 * Text is normalised first: full-width to half-width, trimmed, spaces and hyphens inside removed
 * (`spaces`), a final x made X (`lowercaseX`). A placeholder such as "—" is `characters`, not blank,
 * so that a required number is not silently missing.
 * Numbers: 15 digits are a legacy number; 16 digits or more cannot have kept every digit in a double,
 * and neither can text in scientific notation or 18 digits ending in 000 with a wrong check character
 * (`precisionLost`). Booleans, dates and error values are `characters`.
 */
export function analyzeIdNumber(value: CellValue): IdAnalysis {
  if (value === null) return BLANK;
  if (typeof value === 'string') return analyzeText(value);
  if (typeof value === 'number') return analyzeNumber(value);
  return CHARACTERS;
}
