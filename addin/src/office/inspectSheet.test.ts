import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { inspectSheet } from './inspectSheet';
import { listSheets } from './listSheets';

const seed = {
  readOnly: true,
  sheets: [
    { name: '说明', rows: [['填表说明']] },
    {
      name: '花名册',
      origin: 'B2',
      protected: true,
      rows: [
        ['姓名', '出生日期', '备注'],
        ['张三', { error: '#N/A', formula: true }, ''],
        ['李四', 31048, '调入'],
        ['王五', 29221, ''],
      ],
    },
    { name: '旧表', rows: [['x']], visibility: 'Hidden' as const },
  ],
};

describe('inspectSheet', () => {
  it('reads the used range, the locks and the probed rows in one round trip, runs of rows as one range', async () => {
    const fake = createFakeExcel(seed);
    const state = await inspectSheet(fake.run, { sheet: '花名册', rows: [2, 3, 4, 5], firstColumn: 2, columnCount: 3 });
    expect(state).toEqual({
      readOnly: true,
      protected: true,
      used: { origin: { row: 2, column: 2 }, rowCount: 4, columnCount: 3 },
      rows: [
        ['姓名', '出生日期', '备注'],
        ['张三', '#N/A', null],
        ['李四', 31048, '调入'],
        ['王五', 29221, null],
      ],
    });
    // Four loads: readOnly, protection, the used range and one range for the run of rows 2–5.
    expect(fake.syncs.map((sync) => sync.actions)).toEqual([4]);
  });

  it('says an empty sheet is empty and a missing sheet is missing', async () => {
    const fake = createFakeExcel({ sheets: [{ name: '空表' }] });
    expect(await inspectSheet(fake.run, { sheet: '空表', rows: [], firstColumn: 1, columnCount: 0 })).toEqual({ readOnly: false, protected: false, used: null, rows: [] });
    await expect(inspectSheet(fake.run, { sheet: '花名册', rows: [1], firstColumn: 1, columnCount: 1 })).rejects.toMatchObject({ code: 'sheetMissing' });
  });
});

describe('listSheets', () => {
  it('lists the sheets in tab order and which are visible', async () => {
    expect(await listSheets(createFakeExcel(seed).run)).toEqual([
      { name: '说明', visible: true },
      { name: '花名册', visible: true },
      { name: '旧表', visible: false },
    ]);
  });
});
