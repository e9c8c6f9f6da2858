import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../testing/tempDir';
import { expandInputs } from './expandInputs';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

async function touch(...parts: string[]): Promise<string> {
  const path = join(temp.dir, ...parts);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, 'x');
  return path;
}

describe('expandInputs', () => {
  it('finds .xlsx and .csv files in folders and subfolders, without Excel lock files, sorted', async () => {
    const finance = await touch('2025', '财政局.xlsx');
    const education = await touch('2025', '教育局', '花名册.CSV');
    const summary = await touch('汇总.xlsx');
    await touch('2025', '~$财政局.xlsx');
    await touch('2025', '说明.docx');
    await touch('2025', '旧表.xls');
    expect(await expandInputs([temp.dir])).toEqual([finance, education, summary].sort());
  });

  it('keeps a file named directly whatever its type, and lists each path once', async () => {
    const old = await touch('旧表.xls');
    const roster = await touch('a', '花名册.xlsx');
    expect(await expandInputs([old, join(temp.dir, 'a'), roster])).toEqual([roster, old].sort());
  });

  it('refuses a path that does not exist, and a folder with nothing to check', async () => {
    const missing = join(temp.dir, '不存在.xlsx');
    await expect(expandInputs([missing])).rejects.toMatchObject({
      code: 'missing',
      message: `找不到 ${missing}：请检查路径是否正确`,
    });
    await mkdir(join(temp.dir, 'empty'));
    await touch('empty', 'readme.txt');
    await expect(expandInputs([join(temp.dir, 'empty')])).rejects.toMatchObject({
      code: 'noFiles',
      message: `文件夹 ${join(temp.dir, 'empty')} 中没有 .xlsx 或 .csv 文件：请指定要检查的表格文件`,
    });
  });
});
