import { describe, expect, it } from '@jest/globals';
import { createFakeExcel, type FakeExcel } from '../../../tests/fake-office/fakeExcel';
import { valuesAt, type WorkbookSeed } from '../../../tests/fake-office/workbook';
import type { NamedSummary } from '../host/WorkbookHost';
import { smallSummary } from '../testing/smallSummary';
import { cleanUpLeftovers } from './cleanUpLeftovers';
import type { ExcelRun } from './ExcelRun';
import { writeSummaries } from './writeSummary';

const seed: WorkbookSeed = {
  name: '台账.xlsx',
  sheets: [
    { name: '花名册', rows: [['姓名'], ['张三']] },
    { name: '汇总', rows: [['旧的汇总']] },
    { name: '党组织', rows: [['党组织名称'], ['第一党支部']] },
  ],
};

const named: readonly NamedSummary[] = [
  { sheet: '汇总', summary: smallSummary },
  { sheet: '汇总-党组织', summary: { ...smallSummary, title: '党组织情况汇总', template: 'organisation' } },
];

/**
 * `Excel.run` in a pane that is reloaded after `syncs` round trips: the later syncs never answer, so
 * nothing after them runs, as when the page goes away between two requests.
 */
function reloadedAfter(fake: FakeExcel, syncs: number): ExcelRun {
  let answered = 0;
  return (batch) =>
    fake.run((context) =>
      batch(
        new Proxy(context, {
          get: (target, key, receiver) => {
            if (key !== 'sync') return Reflect.get(target, key, receiver);
            return () => (answered++ < syncs ? target.sync() : new Promise<void>(() => undefined));
          },
        }),
      ),
    );
}

describe('cleanUpLeftovers', () => {
  it('after a reload at any point of a summary write, before its last request, leaves the workbook as it was', async () => {
    const clean = createFakeExcel(seed);
    await writeSummaries(clean.run, named);
    const syncs = clean.syncs.length;
    for (let answered = 1; answered < syncs; answered += 1) {
      const fake = createFakeExcel(seed);
      const before = fake.snapshot();
      void writeSummaries(reloadedAfter(fake, answered), named);
      await new Promise((resolve) => setTimeout(resolve, 0));
      const found = await cleanUpLeftovers(fake.run);
      // The swap is the last sync: a reload before it leaves only hidden half-built sheets.
      expect(found).toEqual({ removed: ['汇总（生成中）', '汇总-党组织（生成中）'].slice(0, answered - 1), restored: [] });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it('puts an old summary moved aside back under its name, or deletes it when a new one holds the name', async () => {
    const aside = createFakeExcel({ ...seed, sheets: [{ name: '花名册', rows: [['姓名']] }, { name: '汇总（旧）', rows: [['旧的汇总']] }] });
    expect(await cleanUpLeftovers(aside.run)).toEqual({ removed: [], restored: ['汇总'] });
    expect(aside.workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册', '汇总']);
    expect(valuesAt(aside.workbook, '汇总', 'A1')).toEqual([['旧的汇总']]);

    const both = createFakeExcel({ ...seed, sheets: [{ name: '汇总', rows: [['新的汇总']] }, { name: '汇总-党组织（旧）2', rows: [['旧的']] }, { name: '汇总-党组织', rows: [['新的']] }] });
    expect(await cleanUpLeftovers(both.run)).toEqual({ removed: ['汇总-党组织（旧）2'], restored: [] });
    expect(both.workbook.sheets.map((sheet) => sheet.name)).toEqual(['汇总', '汇总-党组织']);
  });

  it('touches nothing else: visible sheets with a building name, other hidden sheets, a read-only workbook', async () => {
    const own = { ...seed, sheets: [...seed.sheets, { name: '汇总（生成中）', rows: [['用户自己的表']] }, { name: '底稿（生成中）', rows: [['x']], visibility: 'Hidden' as const }] };
    const fake = createFakeExcel(own);
    const before = fake.snapshot();
    expect(await cleanUpLeftovers(fake.run)).toEqual({ removed: [], restored: [] });
    expect(fake.snapshot()).toEqual(before);

    const readOnly = createFakeExcel({ ...seed, readOnly: true, sheets: [...seed.sheets, { name: '汇总（生成中）', rows: [['x']], visibility: 'Hidden' }] });
    expect(await cleanUpLeftovers(readOnly.run)).toEqual({ removed: [], restored: [] });
    expect(readOnly.workbook.sheets).toHaveLength(4);
  });
});
