import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../testing/tempDir';
import { readCsvGrid } from './readCsvGrid';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  await temp.remove();
});

describe('readCsvGrid', () => {
  it('keeps the title row and blank lines so rows are Excel rows, with values as text', async () => {
    const path = join(temp.dir, '财政局花名册.csv');
    const text = [
      '\uFEFF中共××县财政局党员花名册,,,',
      '',
      '姓名,性别,公民身份号码,入党时间',
      '张三,男,11010519491231002X,1985.03',
      '"李四, 备注",女,"35051419930513051X","2001年7月1日"',
    ].join('\r\n');
    await writeFile(path, `${text}\r\n`);
    const grid = await readCsvGrid(path, '财政局花名册.csv');
    expect(grid).toEqual({
      sheet: '财政局花名册',
      origin: { row: 1, column: 1 },
      values: [
        ['中共××县财政局党员花名册'],
        [],
        ['姓名', '性别', '公民身份号码', '入党时间'],
        ['张三', '男', '11010519491231002X', '1985.03'],
        ['李四, 备注', '女', '35051419930513051X', '2001年7月1日'],
      ],
    });
  });

  it('reads a GBK export and a tab-separated one', async () => {
    const gbk = join(temp.dir, 'gbk.csv');
    await writeFile(gbk, Buffer.from('d0d5c3fb2cd0d4b1f02cc3f1d7e50d0ad5c5c8fd2cc4d02cbabad7e50d0a', 'hex'));
    expect((await readCsvGrid(gbk, 'gbk.csv')).values).toEqual([
      ['姓名', '性别', '民族'],
      ['张三', '男', '汉族'],
    ]);

    const tabs = join(temp.dir, 'tabs.csv');
    await writeFile(tabs, '姓名\t性别\t出生日期\n王五\t男\t1990/1/2\n');
    expect((await readCsvGrid(tabs, 'tabs.csv')).values).toEqual([
      ['姓名', '性别', '出生日期'],
      ['王五', '男', '1990/1/2'],
    ]);
  });

  it('keeps a quoted line break inside one cell, as Excel does', async () => {
    const path = join(temp.dir, 'multi.csv');
    await writeFile(path, '姓名,家庭住址\n赵六,"青禾县\n城关镇"\n钱七,县城\n');
    expect((await readCsvGrid(path, 'multi.csv')).values).toEqual([
      ['姓名', '家庭住址'],
      ['赵六', '青禾县\n城关镇'],
      ['钱七', '县城'],
    ]);
  });

  it('names the file and the line when a quote is never closed', async () => {
    const path = join(temp.dir, 'broken.csv');
    await writeFile(path, '姓名,性别\n张三,男\n"李四,女\n');
    await expect(readCsvGrid(path, 'broken.csv')).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/^broken\.csv 第 \d+ 行无法按 CSV 解析/),
    });
  });
});
