/**
 * The built-in number formats that show a date or a time (ECMA-376 Part 1, §18.8.30): 14–22, 45–47,
 * and the East Asian ones, 27–36 and 50–58, whose codes depend on the locale (in zh-CN 27 is
 * yyyy"年"m"月", 31 yyyy"年"m"月"d"日", 32 h"时"mm"分").
 */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Date and time codes: year, month or minute, day, hour, second, and the Buddhist year (b, bbbb). */
const dateCode = /[ymdhsb]/i;
/** Elapsed-time codes, which stand in brackets: [h]:mm, [mm]:ss, [ss]. */
const elapsedTime = /^(h+|m+|s+)$/i;

/**
 * Whether a cell style's number format shows a date or a time, so the number in the cell is a serial
 * date. A format the workbook declares (`<numFmt>`) is judged by its code, even when it reuses a
 * built-in id; otherwise the built-in id decides. (fix/isDateFormat asks another question: whether a
 * format shows a calendar date, to keep it when writing a date there.)
 */
export function isDateNumberFormat(numFmtId: number, formatCode: string | undefined): boolean {
  return formatCode === undefined ? builtInDateFormats.has(numFmtId) : isDateFormatCode(formatCode);
}

/**
 * Whether a number-format code has a date or time code outside what is only shown as is: quoted text
 * ("年"), an escaped character (\m), the character after _ (a space as wide as it) or * (repeated to
 * fill), and brackets, which hold a locale ([$-804]), a colour ([Red]), a condition ([<100]) or an
 * elapsed time ([h]). So yyyy"年"m"月" is a date and 0.00"m" is not.
 */
export function isDateFormatCode(code: string): boolean {
  for (let index = 0; index < code.length; index += 1) {
    const char = code.charAt(index);
    if (char === '"') {
      const end = code.indexOf('"', index + 1);
      if (end < 0) return false;
      index = end;
    } else if (char === '\\' || char === '_' || char === '*') {
      index += 1;
    } else if (char === '[') {
      const end = code.indexOf(']', index + 1);
      if (end < 0) return false;
      if (elapsedTime.test(code.slice(index + 1, end))) return true;
      index = end;
    } else if (dateCode.test(char)) {
      return true;
    }
  }
  return false;
}
