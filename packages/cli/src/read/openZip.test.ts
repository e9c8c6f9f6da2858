import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import { storedZip } from '../testing/storedZip';
import { openZip } from './openZip';
import { tempFiles } from './testing/tempFiles';

const temp = tempFiles();

/** Linux lists a process's open files; elsewhere the descriptor checks are skipped. */
const fdFolder = '/proc/self/fd';
const itClosesFiles = existsSync(fdFolder) ? it : it.skip;
const openFiles = () => readdirSync(fdFolder).length;

/** Long enough for the zip to hand it over in many pieces, cut inside three-byte characters. */
const longText = `<t>${'中共青禾县教育局机关支部委员会'.repeat(20_000)}</t>`;

async function writeZip(name: string, entries: Record<string, string>): Promise<string> {
  const path = temp.path(name);
  await writeFile(path, storedZip(entries));
  return path;
}

/** A deflated zip (ExcelJS writes one), with the worksheet's size in the central directory changed. */
async function deflatedWithWrongSize(name: string, change: number): Promise<string> {
  const workbook = new Workbook();
  workbook.addWorksheet('花名册').getCell('A1').value = '王建国';
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const part = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 4)) {
    if (!bytes.subarray(at + 46, at + 46 + bytes.readUInt16LE(at + 28)).equals(part)) continue;
    bytes.writeUInt32LE(bytes.readUInt32LE(at + 24) + change, at + 24);
    const path = temp.path(name);
    await writeFile(path, bytes);
    return path;
  }
  throw new Error('no worksheet in the central directory');
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const pieces: string[] = [];
  for await (const chunk of chunks) pieces.push(chunk);
  return pieces;
}

describe('openZip', () => {
  it('reads parts in any order by name, ignoring case, as text whole or in pieces', async () => {
    const path = await writeZip('parts.zip', { 'xl/worksheets/sheet1.xml': longText, 'xl/Workbook.xml': '<workbook/>' });
    const zip = await openZip(path);
    try {
      expect(zip.size).toBe((await readFile(path)).length);
      expect([zip.has('xl/workbook.xml'), zip.has('XL/WORKBOOK.XML'), zip.has('xl/styles.xml')]).toEqual([true, true, false]);
      expect(await zip.readText('xl/workbook.xml')).toBe('<workbook/>');
      const pieces = await collect(zip.textChunks('xl/worksheets/sheet1.xml'));
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.join('')).toBe(longText);
      await expect(zip.readText('xl/sharedStrings.xml')).rejects.toThrow('the zip has no part xl/sharedStrings.xml');
    } finally {
      await zip.close();
    }
  });

  it('reports the compressed bytes consumed, growing steadily to all the parts read', async () => {
    const path = await writeZip('progress.zip', { 'a.xml': '<a/>', 'b.xml': longText });
    const seen: number[] = [];
    const zip = await openZip(path, { onProgress: (bytes) => seen.push(bytes) });
    await zip.readText('b.xml');
    await zip.readText('a.xml');
    await zip.close();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(Buffer.byteLength(longText) + 4);
  });

  it.each([
    ['longer', -10],
    ['shorter', 10],
  ])('rejects a part %s than the central directory says', async (word, change) => {
    const zip = await openZip(await deflatedWithWrongSize(`${word}.xlsx`, change));
    try {
      await expect(zip.readText('xl/worksheets/sheet1.xml')).rejects.toThrow(`xl/worksheets/sheet1.xml is ${word} than the zip's directory says`);
    } finally {
      await zip.close();
    }
  });

  it('rejects damaged compressed data and what is no zip', async () => {
    const path = await deflatedWithWrongSize('damaged.xlsx', 0);
    const bytes = await readFile(path);
    const sheet = bytes.indexOf('xl/worksheets/sheet1.xml');
    bytes.fill(0xff, sheet + 30, sheet + 60);
    await writeFile(path, bytes);
    const zip = await openZip(path);
    await expect(zip.readText('xl/worksheets/sheet1.xml')).rejects.toThrow();
    await zip.close();
    const text = temp.path('text.xlsx');
    await writeFile(text, '姓名,性别\n');
    await expect(openZip(text)).rejects.toThrow();
  });

  itClosesFiles('closes the file whatever happened: parts read, a part left half-read, a part that failed, no zip', async () => {
    const before = openFiles();
    const whole = await openZip(await writeZip('whole.zip', { 'b.xml': longText }));
    await whole.readText('b.xml');
    await whole.close();
    const half = await openZip(await writeZip('half.zip', { 'b.xml': longText }));
    for await (const chunk of half.textChunks('b.xml')) if (chunk.length > 0) break;
    await half.close();
    const failed = await openZip(await deflatedWithWrongSize('failing.xlsx', -10));
    await expect(failed.readText('xl/worksheets/sheet1.xml')).rejects.toThrow();
    await failed.close();
    await failed.close();
    const cut = temp.path('cut.zip');
    await writeFile(cut, storedZip({ 'b.xml': longText }).subarray(0, 1000));
    await expect(openZip(cut)).rejects.toThrow();
    expect(openFiles()).toBe(before);
  });
});
