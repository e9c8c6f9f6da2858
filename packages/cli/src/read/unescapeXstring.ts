/** `_x000D_`: a UTF-16 code unit by its four hex digits (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). */
const escape = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text of a SpreadsheetML string as the user typed it. Excel writes characters XML cannot hold, such
 * as a carriage return, as `_xHHHH_`, and an underscore that would start such an escape as `_x005F_`,
 * which one left-to-right pass undoes correctly.
 */
export function unescapeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(escape, (_whole, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
