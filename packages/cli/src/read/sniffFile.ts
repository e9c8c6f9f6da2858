import { open, readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { inputError } from '../CliError';

export type FileKind = 'xlsx' | 'csv';

const cfbSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const zipLocalHeader = Buffer.from('PK\x03\x04', 'latin1');
const zipEndOfDirectory = Buffer.from('PK\x05\x06', 'latin1');
/** Encrypted OOXML (ECMA-376 part 2 §4) is a CFB holding an `EncryptionInfo` stream; CFB names are UTF-16LE. */
const encryptionInfoName = Buffer.from('EncryptionInfo', 'utf16le');
/** The end-of-central-directory record is 22 bytes plus a comment of at most 65,535 bytes. */
const endOfDirectorySearch = 22 + 0xffff;

/**
 * Tells what a file really is from its bytes, whatever its name says, and throws a CliError for what
 * cannot be read: an empty file, an old .xls or a password-protected workbook (both CFB), a web page
 * saved as .xls, a file named .xlsx that is not a zip, or a zip cut short.
 */
export async function sniffFile(path: string, display: string): Promise<FileKind> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) throw inputError('empty', display);
    const head = Buffer.alloc(Math.min(size, 512));
    await handle.read(head, 0, head.length, 0);

    if (startsWith(head, cfbSignature)) {
      const whole = await readFile(path);
      throw inputError(whole.includes(encryptionInfoName) ? 'encrypted' : 'xls', display);
    }
    if (startsWith(head, zipLocalHeader) || startsWith(head, zipEndOfDirectory)) {
      const tailLength = Math.min(size, endOfDirectorySearch);
      const tail = Buffer.alloc(tailLength);
      await handle.read(tail, 0, tailLength, size - tailLength);
      if (!tail.includes(zipEndOfDirectory)) throw inputError('truncated', display);
      return 'xlsx';
    }

    const extension = extname(path).toLowerCase();
    if (extension === '.csv') return 'csv';
    if (['.xlsx', '.xlsm', '.xls'].includes(extension)) {
      throw inputError(looksLikeWebPage(head) ? 'webPage' : 'notXlsx', display);
    }
    throw inputError('unsupported', display);
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

function looksLikeWebPage(head: Buffer): boolean {
  const text = head.toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return text.startsWith('<') && /<(html|table|!doctype|meta|head)/.test(text);
}
