/**
 * FNV-1a over the text's UTF-16 code units, started from `seed` (a birth day, say): 32 bits that sort texts
 * into buckets before they are compared, never a judgement on their own.
 */
export function textHash(text: string, seed = 0): number {
  let hash = Math.imul(0x811c9dc5 ^ seed, 0x01000193);
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
