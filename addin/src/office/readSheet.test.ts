import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import type { SeedCell } from '../../../tests/fake-office/workbook';
import { jsonBytes, readBudget } from './chunkRows';
import { readSheet } from './readSheet';

const header = ['序号', '姓名', '性别', '民族', '公民身份号码', '出生日期', '学历', '人员类别', '入党时间', '转正时间', '所在党支部', '联系电话'];

function memberRow(n: number): SeedCell[] {
  const birth = 25000 + (n % 9000);
  return [n, `党员${n}`, n % 2 === 0 ? '女' : '男', '汉族', `11010519${String(49 + (n % 50))}1231002X`, birth, '大学本科', '正式党员', birth + 9000, birth + 9365, `第${(n % 40) + 1}党支部`, `1380000${String(n % 10000).padStart(4, '0')}`];
}

const fourMegabytes = 4 * 1024 * 1024;

describe('readSheet', () => {
  it('reads 100,000 rows in chunks that each stay under 4 MB, in no more syncs than chunks + 3', async () => {
    const rows = [header, ...Array.from({ length: 100_000 }, (_, i) => memberRow(i + 1))];
    const fake = createFakeExcel({ name: '全县花名册.xlsx', sheets: [{ name: '花名册', rows }] });
    const progress: number[] = [];

    const { grid, workbookName } = await readSheet(fake.run, { onProgress: (p) => progress.push(p.rowsRead) });

    expect(workbookName).toBe('全县花名册.xlsx');
    expect(grid.sheet).toBe('花名册');
    expect(grid.origin).toEqual({ row: 1, column: 1 });
    expect(grid.values).toHaveLength(100_001);
    expect(grid.values[0]).toEqual(header);
    expect(grid.values[100_000]).toEqual(memberRow(100_000));
    for (const sync of fake.syncs) {
      expect(sync.requestBytes).toBeLessThanOrEqual(fourMegabytes);
      expect(sync.responseBytes).toBeLessThanOrEqual(fourMegabytes);
    }
    // Chunks after the probe carry up to the byte budget, so their number is set by the data's size.
    const chunks = progress.length;
    expect(chunks).toBeLessThanOrEqual(Math.ceil(jsonBytes(rows) / readBudget.bytes) + 2);
    expect(fake.syncs.length).toBeLessThanOrEqual(chunks + 3);
    expect(progress[progress.length - 1]).toBe(100_001);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('gives error values as CellError and leaves the same text typed as text alone', async () => {
    const fake = createFakeExcel({
      sheets: [
        {
          name: '花名册',
          origin: 'B3',
          rows: [
            ['姓名', '出生日期', '备注'],
            ['张三', { error: '#N/A', formula: true }, '#N/A'],
            ['李四', 31048, { error: '#REF!' }],
          ],
        },
      ],
    });

    const { grid } = await readSheet(fake.run);

    expect(grid.origin).toEqual({ row: 3, column: 2 });
    expect(grid.values).toEqual([
      ['姓名', '出生日期', '备注'],
      ['张三', { kind: 'error', code: '#N/A' }, '#N/A'],
      ['李四', 31048, { kind: 'error', code: '#REF!' }],
    ]);
  });

  it('gives an empty grid for an empty sheet in a single sync', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'Sheet1' }] });
    const { grid } = await readSheet(fake.run);
    expect(grid).toEqual({ sheet: 'Sheet1', origin: { row: 1, column: 1 }, values: [] });
    expect(fake.syncs).toHaveLength(1);
  });

  it('halves a chunk Excel refuses as too large and goes on, when rows grow longer than the first ones', async () => {
    const notes = 'x'.repeat(3000);
    const rows = [['姓名', '备注'], ...Array.from({ length: 20_000 }, (_, i) => [`党员${i}`, i < 10_000 ? '' : notes])];
    const fake = createFakeExcel({ sheets: [{ name: '花名册', rows }] });
    const budget = { ...readBudget, probeCells: 20_000 };

    const { grid } = await readSheet(fake.run, { budget });

    expect(grid.values).toHaveLength(20_001);
    expect(grid.values[20_000]).toEqual(['党员19999', notes]);
    const refused = fake.syncs.filter((sync) => sync.failed !== undefined);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((sync) => sync.failed === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(fake.syncs.filter((sync) => sync.failed === undefined).every((sync) => sync.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  });

  it('stops between chunks when cancelled', async () => {
    const rows = [header, ...Array.from({ length: 20_000 }, (_, i) => memberRow(i + 1))];
    const fake = createFakeExcel({ sheets: [{ name: '花名册', rows }] });
    const controller = new AbortController();

    const reading = readSheet(fake.run, { signal: controller.signal, onProgress: () => controller.abort() });

    await expect(reading).rejects.toMatchObject({ name: 'WorkbookError', code: 'cancelled' });
    expect(fake.syncs).toHaveLength(2);
  });

  it('reads a named sheet rather than the active one, and says when it is gone', async () => {
    const fake = createFakeExcel({ sheets: [{ name: '说明', rows: [['填表说明']] }, { name: '花名册', rows: [['姓名'], ['张三']] }] });
    const { grid } = await readSheet(fake.run, { sheet: '花名册' });
    expect(grid).toEqual({ sheet: '花名册', origin: { row: 1, column: 1 }, values: [['姓名'], ['张三']] });
    await expect(readSheet(fake.run, { sheet: '旧花名册' })).rejects.toMatchObject({ code: 'sheetMissing' });
  });
});
