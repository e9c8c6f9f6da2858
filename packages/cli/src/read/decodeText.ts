export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

/**
 * Bytes of a text export to a string: a byte-order mark decides when there is one; otherwise text
 * that is valid UTF-8 is UTF-8, and anything else is taken as GB18030, the superset of the GBK that
 * older Chinese systems and Excel "CSV" on Chinese Windows write.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const encoding = byteOrderMark(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030');
  // TextDecoder drops the byte-order mark of its own encoding.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function byteOrderMark(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
