import { describe, expect, it } from '@jest/globals';
import type { SummaryTable } from '@taizhang/core';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import { createExcelHost } from '../office/createExcelHost';
import { ledgerWorkbook } from '../testing/ledgerWorkbook';
import { checkActiveSheet } from './checkActiveSheet';
import { checkWorkbook } from './checkWorkbook';
import { summaryOf } from './summaryOf';

const asOf = { year: 2025, month: 6, day: 30 };

function table(tables: readonly SummaryTable[], id: string): SummaryTable | undefined {
  return tables.find((candidate) => candidate.id === id);
}

describe('summaryOf', () => {
  it('gives the roster its 汇总', async () => {
    const checked = await checkActiveSheet(createExcelHost(createFakeExcel(rosterSeed).run), inlineCheckRunner, { asOf });
    const [only, ...rest] = summaryOf([checked]);
    expect(rest).toEqual([]);
    expect(only?.sheet).toBe('汇总');
    expect(only?.summary.sources).toEqual([{ file: '机关党委花名册.xlsx', sheet: '党员花名册', rows: 9 }]);
  });

  it('gives a whole workbook one summary per ledger, the 三分类 grading included, and the 台账核对', async () => {
    const { sheets } = await checkWorkbook(createExcelHost(createFakeExcel(ledgerWorkbook).run), inlineCheckRunner, { asOf });
    const named = summaryOf(sheets);
    expect(named.map(({ sheet, summary }) => [sheet, summary.title])).toEqual([
      ['汇总', '党员基本情况汇总'],
      ['汇总-党组织', '党组织情况汇总'],
      ['汇总-台账核对', '台账核对'],
    ]);
    const grading = table(named[1]?.summary.tables ?? [], 'grading');
    // 先进 机关党委 stays; 一般 第一 (up, 大幅提升), 第二, 第四; 后进 第三 (up).
    expect(grading?.rows.map((row) => [row.label, row.values])).toEqual([
      ['先进', { count: 1, upgraded: 0, upgradeRate: 0, improved: 0, improvedRate: 0 }],
      ['一般', { count: 3, upgraded: 1, upgradeRate: 0.333, improved: 1, improvedRate: 0.333 }],
      ['后进', { count: 1, upgraded: 1, upgradeRate: 1, improved: 0, improvedRate: 0 }],
    ]);
    expect(grading?.total?.values).toEqual({ count: 5, upgraded: 2, upgradeRate: 0.4, improved: 1, improvedRate: 0.2 });
    const reconciliation = table(named[2]?.summary.tables ?? [], 'reconciliation');
    expect(reconciliation?.rows.map((row) => [row.label, row.values['rosterMembers'], row.values['statedMembers'], row.values['status']])).toEqual([
      ['第二党支部', 3, 4, '党员数不符；正式党员数不符'],
      ['第三党支部', 3, 3, '一致'],
      ['第四党支部', 0, 5, '花名册中没有'],
      ['第一党支部', 3, 3, '一致'],
    ]);
  });

  it('refuses a lone sheet that is no ledger, and ledgers of a template with no summary', async () => {
    const notes = await checkActiveSheet(createExcelHost(createFakeExcel({ sheets: [{ name: '说明', rows: [['填表说明']] }] }).run), inlineCheckRunner, { asOf });
    expect(() => summaryOf([notes])).toThrow(expect.objectContaining({ code: 'notRecognised' }));
    const roster = await checkActiveSheet(createExcelHost(createFakeExcel(rosterSeed).run), inlineCheckRunner, { asOf });
    const own = { ...roster, result: { ...roster.result, report: { ...roster.result.report, template: '支部自定义台账' } } };
    expect(() => summaryOf([own])).toThrow(expect.objectContaining({ code: 'noSummary' }));
    expect(() => summaryOf([])).toThrow(expect.objectContaining({ code: 'noSummary' }));
  });
});
