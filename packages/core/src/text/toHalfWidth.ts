const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
/** Full-width ！ (U+FF01) and ASCII ! (U+0021) are this far apart, and so is the whole range up to ～. */
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
// Found by the regular-expression engine's compiled scan, several times faster than a loop of charCodeAt
// over the text: every text cell of a sheet is searched, and most have nothing to find.
const ANY_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const ANY_FULL_WIDTH_ALPHANUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * Turns full-width ASCII (U+FF01–FF5E, typed by Chinese input methods: １９８５．０３, ＡＢＣ, （）) into
 * ASCII, and the ideographic space U+3000 into a space. Everything else, Chinese included, is kept.
 * Text without full-width characters is returned as is, without copying.
 */
export function toHalfWidth(text: string): string {
  const first = text.search(ANY_FULL_WIDTH);
  if (first === -1) return text;
  let result = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === IDEOGRAPHIC_SPACE) result += ' ';
    else if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) result += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else result += text[i];
  }
  return result;
}

const FULL_WIDTH_DIGIT_0 = 0xff10;
const FULL_WIDTH_DIGIT_9 = 0xff19;
const FULL_WIDTH_UPPER_A = 0xff21;
const FULL_WIDTH_UPPER_Z = 0xff3a;
const FULL_WIDTH_LOWER_A = 0xff41;
const FULL_WIDTH_LOWER_Z = 0xff5a;

function isFullWidthAlphanumeric(code: number): boolean {
  return (
    (code >= FULL_WIDTH_DIGIT_0 && code <= FULL_WIDTH_DIGIT_9) ||
    (code >= FULL_WIDTH_UPPER_A && code <= FULL_WIDTH_UPPER_Z) ||
    (code >= FULL_WIDTH_LOWER_A && code <= FULL_WIDTH_LOWER_Z)
  );
}

/** Whether the text holds a full-width digit or Latin letter. */
export function hasFullWidthAlphanumeric(text: string): boolean {
  return ANY_FULL_WIDTH_ALPHANUMERIC.test(text);
}

/**
 * Only full-width digits and Latin letters become ASCII: in free text, full-width punctuation such as
 * （）：， is correct Chinese typography and must not be "fixed".
 */
export function toHalfWidthAlphanumeric(text: string): string {
  const first = text.search(ANY_FULL_WIDTH_ALPHANUMERIC);
  // Most cells have none: return them without building a copy character by character.
  if (first === -1) return text;
  let result = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    result += isFullWidthAlphanumeric(code) ? String.fromCharCode(code - FULL_WIDTH_OFFSET) : text[i];
  }
  return result;
}
