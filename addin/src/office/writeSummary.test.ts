import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { snapshotSheet, valuesAt, type FakeSheet, type WorkbookSeed } from '../../../tests/fake-office/workbook';
import { smallSummary } from '../testing/smallSummary';
import type { NamedSummary } from '../host/WorkbookHost';
import { writeSummaries, writeSummary } from './writeSummary';

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

/** Three summaries as the pane writes them from 检查全部工作表. */
const named: readonly NamedSummary[] = [
  { sheet: '汇总', summary: smallSummary },
  { sheet: '汇总-党组织', summary: { ...smallSummary, title: '党组织情况汇总', template: 'organisation', charts: [] } },
  { sheet: '汇总-台账核对', summary: { ...smallSummary, title: '台账核对', template: 'reconciliation', headline: {}, charts: [] } },
];

/** The old summaries sit between the user's sheets; only 汇总-台账核对 is new. */
const withOldSummaries: WorkbookSeed = {
  ...seed,
  sheets: [seed.sheets[0] ?? { name: 'x' }, { name: '汇总', rows: [['旧的汇总']] }, seed.sheets[1] ?? { name: 'y' }, { name: '汇总-党组织', rows: [['旧的党组织汇总']] }],
  active: '花名册',
};

/**
 * A snapshot to compare across runs: sheet ids are left out, and tables go by their range, since Excel
 * names new tables Table1, Table2… after those that exist, so a second write's tables have other names.
 */
function shape(fake: ReturnType<typeof createFakeExcel>): unknown {
  return JSON.parse(
    JSON.stringify(fake.snapshot(), (key: string, value: unknown) => {
      if (key === 'id') return undefined;
      if (key === 'tables' && Array.isArray(value)) return value.map((table: unknown) => (typeof table === 'object' && table !== null && 'range' in table ? table.range : table));
      return value;
    }),
  );
}

describe('writeSummaries', () => {
  it('writes several summary sheets at once, each replacing its old one in place, and activates the first', async () => {
    const fake = createFakeExcel(withOldSummaries);

    await writeSummaries(fake.run, named);

    expect(fake.workbook.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['花名册', 'Visible'],
      ['汇总', 'Visible'],
      ['说明', 'Visible'],
      ['汇总-党组织', 'Visible'],
      ['汇总-台账核对', 'Visible'],
    ]);
    expect(fake.workbook.activeSheetId).toBe(sheetNamed(fake, '汇总').id);
    expect(named.map(({ sheet }) => valuesAt(fake.workbook, sheet, 'A1')[0]?.[0])).toEqual(['党员基本情况汇总', '党组织情况汇总', '台账核对']);
    // 台账核对 has no headline figures, so its first table comes right under the source line.
    expect(valuesAt(fake.workbook, '汇总-台账核对', 'A5')).toEqual([['年龄结构']]);
  });

  it('is idempotent: writing again leaves one sheet per summary, the same as writing once', async () => {
    const once = createFakeExcel(withOldSummaries);
    await writeSummaries(once.run, named);
    const twice = createFakeExcel(withOldSummaries);
    await writeSummaries(twice.run, named);
    await writeSummaries(twice.run, named);
    expect(twice.workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册', '汇总', '说明', '汇总-党组织', '汇总-台账核对']);
    expect(shape(twice)).toEqual(shape(once));
  });

  it('leaves the workbook as it was, or fully written, whichever sync fails after however many of its actions', async () => {
    const clean = createFakeExcel(withOldSummaries);
    await writeSummaries(clean.run, named);
    const written = shape(clean);
    const plan = clean.syncs.map((sync) => sync.actions);
    const outcomes = new Set<string>();
    // Sync 1 only reads; every later one changes the workbook.
    for (let sync = 2; sync <= plan.length; sync += 1) {
      for (let afterActions = 0; afterActions <= (plan[sync - 1] ?? 0); afterActions += 1) {
        const fake = createFakeExcel(withOldSummaries);
        const before = shape(fake);
        fake.failSync(sync, { afterActions });
        await expect(writeSummaries(fake.run, named)).rejects.toMatchObject({ code: 'summaryFailed' });
        const after = shape(fake);
        expect([before, written]).toContainEqual(after);
        outcomes.add(JSON.stringify(after) === JSON.stringify(before) ? 'as it was' : 'fully written');
      }
    }
    // Failing among the last actions, after old summaries were deleted, can only be finished, not undone.
    expect([...outcomes].sort()).toEqual(['as it was', 'fully written']);
  });

  it('refuses a read-only workbook before changing anything', async () => {
    const fake = createFakeExcel({ ...withOldSummaries, readOnly: true });
    const before = fake.snapshot();
    await expect(writeSummaries(fake.run, named)).rejects.toMatchObject({ code: 'readOnly' });
    expect(fake.snapshot()).toEqual(before);
    expect(fake.syncs).toHaveLength(1);
  });

  it('refuses a workbook whose structure is protected before changing anything', async () => {
    const fake = createFakeExcel({ ...withOldSummaries, protected: true });
    const before = fake.snapshot();
    await expect(writeSummaries(fake.run, named)).rejects.toMatchObject({ code: 'workbookProtected' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('wants at least one summary and one sheet per summary', async () => {
    const fake = createFakeExcel(seed);
    await expect(writeSummaries(fake.run, [])).rejects.toThrow(RangeError);
    await expect(writeSummaries(fake.run, [named[0] ?? { sheet: '汇总', summary: smallSummary }, { sheet: '汇总', summary: smallSummary }])).rejects.toThrow(RangeError);
  });
});
