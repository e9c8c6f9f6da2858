import type { CellValue } from '../grid/Grid';
import { cleanText } from '../text/cleanText';
import { toHalfWidth } from '../text/toHalfWidth';
import type { CellFinding } from '../report/Finding';
import { addCleaningFinding } from './normalizeText';
import { textOfCell } from './textOfCell';

// RULES.md §1.1 item 12: 手机号 (11 digits, 1[3-9]) or 固定电话 with its 区号.
const MOBILE = /^(?:\+?86-?)?1[3-9]\d{9}$/;
const LANDLINE = /^(?:\(0\d{2,3}\)|0\d{2,3}-?)\d{7,8}(?:-\d{1,6})?$/;
const SEPARATORS = /[/,，;；、]+/;
const SPACES = /\s+/g;

export function isPhoneNumber(text: string): boolean {
  return MOBILE.test(text) || LANDLINE.test(text);
}

/** A number written with spaces inside ("138 1234 5678"), or several numbers separated by spaces. */
function isPhonePart(part: string): boolean {
  return isPhoneNumber(part.replace(SPACES, '')) || part.trim().split(SPACES).every(isPhoneNumber);
}

/** One or several phone numbers in a cell ("13812345678/0731-84561234"). */
export function normalizePhone(cell: Exclude<CellValue, null>, found: CellFinding[]): string {
  // Phone numbers take full-width hyphens and brackets too (０７３１－８４５６１２３４).
  const cleaned = cleanText(textOfCell(cell));
  const value = toHalfWidth(cleaned.value);
  if (typeof cell === 'string') addCleaningFinding({ value, trimmed: cleaned.trimmed, fullWidth: value !== cleaned.value || cleaned.fullWidth }, found);
  if (!isPhoneNumber(value) && !isPhoneList(value)) found.push({ code: 'phone.invalid', params: {}, severity: 'warning' });
  return value;
}

/** Several numbers, or one written with spaces; a cell holding one plain number is answered before this. */
function isPhoneList(value: string): boolean {
  const parts = value.split(SEPARATORS).filter((part) => part.trim() !== '');
  return parts.length > 0 && parts.every(isPhonePart);
}
