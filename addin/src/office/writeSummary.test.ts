import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { snapshotSheet, valuesAt, type FakeSheet, type WorkbookSeed } from '../../../tests/fake-office/workbook';
import { smallSummary } from '../testing/smallSummary';
import { writeSummary } from './writeSummary';

const seed: WorkbookSeed = {
  name: '花名册.xlsx',
  sheets: [
    { name: '花名册', rows: [['姓名', '性别'], ['张三', '男'], ['李四', '女'], ['王五', '男']], formats: { A1: { fill: '#FFFF00', bold: true } } },
    { name: '说明', rows: [['填表说明']] },
  ],
};

function sheetNamed(fake: ReturnType<typeof createFakeExcel>, name: string): FakeSheet {
  const sheet = fake.workbook.sheets.find((candidate) => candidate.name === name);
  if (sheet === undefined) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('writeSummary', () => {
  it('writes the 汇总 sheet with tables, percent formats, a native chart, the as-of date and the source', async () => {
    const fake = createFakeExcel(seed);

    await writeSummary(fake.run, smallSummary);

    expect(fake.workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['花名册', 'Visible'],
      ['说明', 'Visible'],
      ['汇总', 'Visible'],
    ]);
    const summary = sheetNamed(fake, '汇总');
    expect(fake.workbook.activeSheetId).toBe(summary.id);
    expect(valuesAt(fake.workbook, '汇总', 'A1:A3')).toEqual([['党员基本情况汇总'], ['统计截至：2025-06-30'], ['数据来源：花名册.xlsx「花名册」，共 3 行']]);
    expect(valuesAt(fake.workbook, '汇总', 'A11:C15')).toEqual([
      ['年龄段', '人数', '占比'],
      ['35岁及以下', 1, 1 / 3],
      ['36至45岁', 2, 2 / 3],
      ['未计入（数据有误或缺失）', 0, 0],
      ['合计', 3, 1],
    ]);
    expect(summary.formats.get('11,2')?.numberFormat).toBe('0.0%');
    expect(summary.formats.get('14,0')?.bold).toBe(true);
    expect(summary.tables.map((table) => table.rect)).toEqual([
      { top: 5, left: 0, bottom: 7, right: 2 },
      { top: 10, left: 0, bottom: 14, right: 2 },
    ]);
    expect(summary.charts).toEqual([
      expect.objectContaining({
        type: 'ColumnClustered',
        title: '年龄结构',
        series: [{ name: '人数', values: { top: 11, left: 1, bottom: 12, right: 1 }, xValues: { top: 11, left: 0, bottom: 12, right: 0 } }],
        position: { from: 'E10', to: 'K25' },
        legend: { position: 'Right', visible: false },
      }),
    ]);
  });

  it('replaces the 汇总 sheet in place when run twice, leaving one', async () => {
    const fake = createFakeExcel({ ...seed, sheets: [seed.sheets[0] ?? { name: 'x' }, { name: '汇总', rows: [['旧的汇总']] }, seed.sheets[1] ?? { name: 'y' }] });

    await writeSummary(fake.run, smallSummary);
    await writeSummary(fake.run, { ...smallSummary, asOf: '2025-12-31' });

    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册', '汇总', '说明']);
    expect(valuesAt(fake.workbook, '汇总', 'A2')).toEqual([['统计截至：2025-12-31']]);
    expect(sheetNamed(fake, '汇总').tables).toHaveLength(2);
    expect(sheetNamed(fake, '汇总').charts).toHaveLength(1);
  });

  it('never touches the other sheets', async () => {
    const fake = createFakeExcel(seed);
    const others = () => fake.workbook.sheets.filter((sheet) => sheet.name !== '汇总').map(snapshotSheet);
    const before = others();
    await writeSummary(fake.run, smallSummary);
    await writeSummary(fake.run, smallSummary);
    expect(others()).toEqual(before);
  });

  const withOldSummary: WorkbookSeed = { ...seed, sheets: [...seed.sheets, { name: '汇总', rows: [['旧的汇总'], [12]] }], active: '花名册' };

  it.each([
    ['while building the new sheet, with no 汇总 yet', seed, 2, 7],
    ['while building the new sheet, replacing an old 汇总', withOldSummary, 2, 12],
    ['while swapping, after the old 汇总 was renamed aside', withOldSummary, 3, 2],
    ['while swapping, just before the old 汇总 is deleted', withOldSummary, 3, 5],
  ])('leaves the workbook as it was when a sync fails %s', async (_when, workbook, sync, afterActions) => {
    const fake = createFakeExcel(workbook);
    const before = fake.snapshot();
    fake.failSync(sync, { afterActions });

    await expect(writeSummary(fake.run, smallSummary)).rejects.toMatchObject({ name: 'WorkbookError', code: 'summaryFailed' });

    expect(fake.snapshot()).toEqual(before);
  });
});
