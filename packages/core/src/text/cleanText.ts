import { hasFullWidthAlphanumeric, toHalfWidthAlphanumeric } from './toHalfWidth';

/** Text as a cell should hold it, and which changes it took to get there (each may become an info issue with a fix). */
export interface CleanText {
  readonly value: string;
  /** Whitespace or invisible characters were removed from either end. */
  readonly trimmed: boolean;
  /** Full-width digits or Latin letters were made half-width. */
  readonly fullWidth: boolean;
}

/**
 * Unicode white space (what `String.prototype.trim` removes: tabs, line breaks, NBSP, U+2000–U+200A,
 * U+3000, U+FEFF …) plus the zero-width space, joiners and word joiner, which `trim` leaves but which
 * come with text pasted from web pages and chat apps.
 */
export function isTrimmable(code: number): boolean {
  // Tested on the first character of every text cell: digits, Latin letters and Chinese, nearly all of
  // them, are answered by the first two or three comparisons.
  if (code < 0xa0) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000
  );
}

/**
 * Removes white space and invisible characters from both ends and makes full-width digits and letters
 * half-width. Full-width punctuation and white space inside the text are kept as typed.
 */
export function cleanText(raw: string): CleanText {
  let start = 0;
  let end = raw.length;
  while (start < end && isTrimmable(raw.charCodeAt(start))) start++;
  while (end > start && isTrimmable(raw.charCodeAt(end - 1))) end--;
  const trimmed = start > 0 || end < raw.length;
  const inner = trimmed ? raw.slice(start, end) : raw;
  const value = toHalfWidthAlphanumeric(inner);
  return { value, trimmed, fullWidth: value !== inner };
}

/** Whether `cleanText` would change the text: white space at either end, or full-width letters or digits. */
export function needsCleaning(raw: string): boolean {
  const length = raw.length;
  return length > 0 && (isTrimmable(raw.charCodeAt(0)) || isTrimmable(raw.charCodeAt(length - 1)) || hasFullWidthAlphanumeric(raw));
}

/** Whether the text is nothing but white space and invisible characters, so that the cell looks empty. */
export function looksEmpty(raw: string): boolean {
  for (let index = 0; index < raw.length; index += 1) {
    if (!isTrimmable(raw.charCodeAt(index))) return false;
  }
  return true;
}
