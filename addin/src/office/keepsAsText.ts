/** Numbers as Excel reads typed text: signs, thousands separators, decimals, exponents, percent. */
const numberLike = /^[+-]?(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;
/** Dates and times as Excel reads them in a General cell: 2025-05-04, 2025/5/4, 5-4, 14:05, 2025年5月4日. */
const dateLike = /^(\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{1,2}:\d{2}(:\d{2})?|\d{1,4}年(\d{1,2}月(\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)$/;

/**
 * Whether Excel keeps `text` as text when it is written into a General cell. It does not for what reads
 * as a number (an 18-digit ID loses its last digits, `0012` its zeros), a date or time, or TRUE/FALSE:
 * such text is written with the text format `@`.
 */
export function keepsAsText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return true;
  return !(numberLike.test(trimmed) || dateLike.test(trimmed) || /^(true|false)$/i.test(trimmed) || trimmed.startsWith('='));
}
