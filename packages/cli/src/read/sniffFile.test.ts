import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { makeTempDir } from '../testing/tempDir';
import { sniffFile } from './sniffFile';

const cfbHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A compound file whose directory names the given streams (UTF-16LE, as CFB stores names). */
function fakeCompoundFile(streamNames: readonly string[]): Buffer {
  const directory = streamNames.map((name) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, 'utf16le');
    return entry;
  });
  return Buffer.concat([cfbHeader, Buffer.alloc(504), ...directory, Buffer.alloc(512)]);
}

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let xlsx: Buffer;

beforeAll(async () => {
  temp = await makeTempDir();
  const workbook = new Workbook();
  workbook.addWorksheet('花名册').addRow(['姓名', '入党时间']);
  xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
});
afterAll(async () => {
  await temp.remove();
});

async function sniff(name: string, bytes: Buffer | string) {
  const path = join(temp.dir, name);
  await writeFile(path, bytes);
  return sniffFile(path, name);
}

describe('sniffFile', () => {
  it('takes a zip as a workbook and text as CSV', async () => {
    await expect(sniff('ok.xlsx', xlsx)).resolves.toBe('xlsx');
    await expect(sniff('名册.csv', '姓名,性别\n')).resolves.toBe('csv');
  });

  it('goes by the bytes, not the name: a real workbook saved as .xls is read', async () => {
    await expect(sniff('renamed.xls', xlsx)).resolves.toBe('xlsx');
  });

  it.each([
    ['empty.xlsx', Buffer.alloc(0), 'empty', 'empty.xlsx 是空文件（0 字节）：请重新导出或在 Excel 中另存后再检查'],
    ['财政局.xls', fakeCompoundFile(['Root Entry', 'Workbook', 'SummaryInformation']), 'xls', '财政局.xls 是旧版 .xls 格式：请在 Excel 中另存为 .xlsx 后再检查'],
    ['加密.xlsx', fakeCompoundFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']), 'encrypted', expect.stringMatching(/^加密\.xlsx 设有打开密码：请在 Excel 中/)],
    ['notes.xlsx', '这不是表格，只是几行文字\n', 'notXlsx', 'notes.xlsx 不是有效的 Excel 工作簿：请在 Excel 中打开并另存为 .xlsx 后再检查'],
    ['导出.xls', '<html><body><table><tr><td>姓名</td></tr></table></body></html>', 'webPage', expect.stringMatching(/^导出\.xls 实际是网页格式的表格/)],
    ['roster.docx', '姓名\n', 'unsupported', 'roster.docx 不是支持的文件类型：请提供 .xlsx 或 .csv 文件'],
  ])('%s is refused with a message naming it', async (name, bytes, code, message) => {
    await expect(sniff(name, bytes)).rejects.toMatchObject({ name: 'CliError', code, message });
  });

  it('finds a workbook cut short by an interrupted download', async () => {
    await expect(sniff('cut.xlsx', xlsx.subarray(0, Math.floor(xlsx.length * 0.6)))).rejects.toMatchObject({
      code: 'truncated',
      message: 'cut.xlsx 文件不完整（可能下载或复制时中断）：请重新获取完整的文件后再检查',
    });
  });
});
