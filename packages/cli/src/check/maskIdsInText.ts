import { maskIdNumber } from '@taizhang/core';

/**
 * 15 or more digits in a row, optionally with single spaces, full-width spaces or hyphens between them
 * and an X at the end: a 公民身份号码 however it was typed (`341122 19850312 0418`), alone or inside
 * other text (`身份证341122198503120418`). Dates (8 digits) and phone numbers (11) are shorter.
 */
const idLike = /\d(?:[\s\u3000\u00a0\u2010-\u2015-]?\d){14,}(?:[\s\u3000\u00a0\u2010-\u2015-]?[Xx])?/g;
const separators = /[\s\u3000\u00a0\u2010-\u2015-]/g;

/** The text with every ID number in it masked (`maskIdNumber`, separators dropped); other text as it was. */
export function maskIdsInText(text: string): string {
  return text.replace(idLike, (id) => maskIdNumber(id.replace(separators, '')));
}
