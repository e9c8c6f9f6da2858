import { toHalfWidth } from '../text/toHalfWidth';

const BRACKETED = /\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g;
const NOISE = /[\s*＊:：]/g;

/**
 * The comparable form of a header: half-width, no spaces or line breaks, no bracketed notes
 * ("党籍状态（正式党员或预备党员）" → "党籍状态") and no required-field asterisks.
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(text).replace(BRACKETED, '').replace(NOISE, '');
}
