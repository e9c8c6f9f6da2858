/** Quoted text, colours and locales (`[$-804]`), escaped characters: none of them are date codes. */
const literals = /"[^"]*"|\[[^\]]*\]|\\./g;

/**
 * Whether an Excel number format shows a date: it has a year or day code (`yyyy-mm-dd`, `m/d/yy`,
 * `yyyy"年"m"月"d"日"`). A lone `m` is left out, since `h:mm` uses it for minutes. The CLI has the same
 * test for ExcelJS's formats (packages/cli/src/fix/isDateFormat.ts).
 */
export function isDateFormat(format: string): boolean {
  return /[yd]/i.test(format.replace(literals, ''));
}
