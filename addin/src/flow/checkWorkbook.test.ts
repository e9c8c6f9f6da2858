import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import type { CheckRunner } from '../check/CheckRunner';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import { createExcelHost } from '../office/createExcelHost';
import { ledgerWorkbook } from '../testing/ledgerWorkbook';
import { checkWorkbook, type WorkbookProgress } from './checkWorkbook';

const asOf = { year: 2025, month: 6, day: 30 };

describe('checkWorkbook', () => {
  it('checks every sheet as its ledger and adds the reconciliation\'s issues where the fix belongs', async () => {
    const progress: WorkbookProgress[] = [];
    const checked = await checkWorkbook(createExcelHost(createFakeExcel(ledgerWorkbook).run), inlineCheckRunner, { asOf, onProgress: (step) => progress.push(step) });

    expect(checked.workbookName).toBe('机关党委台账.xlsx');
    expect(checked.sheets.map(({ result }) => [result.report.sheet, result.report.template, result.report.counts])).toEqual([
      ['党员花名册', 'roster', { error: 5, warning: 2, info: 0 }],
      ['填表说明', null, { error: 0, warning: 0, info: 0 }],
      ['党组织', 'organisation', { error: 0, warning: 3, info: 0 }],
    ]);
    expect(checked.sheets[2]?.result.report.issues.map((issue) => `${issue.rule} ${issue.column}${issue.row} ${issue.message}`)).toEqual([
      'reconcile.memberCount E4 党员数为 4，花名册中该组织有 3 人',
      'reconcile.memberCount F4 正式党员数为 3，花名册中该组织有 2 人',
      'reconcile.organisationNoMembers B6 花名册中没有该党支部的党员：请核对支部名称或补充花名册',
    ]);
    expect(checked.sheets.map(({ stamp }) => stamp.rows)).toEqual([[1, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2], [1, 4, 6]]);
    expect(progress.map((step) => `${step.phase} ${step.sheet} ${step.index}/${step.count} ${step.rowsRead}/${step.totalRows}`)).toEqual([
      'reading 党员花名册 1/3 10/10',
      'checking 党员花名册 1/3 10/10',
      'reading 填表说明 2/3 2/2',
      'checking 填表说明 2/3 2/2',
      'reading 党组织 3/3 6/6',
      'checking 党组织 3/3 6/6',
    ]);
  });

  it('reconciles nothing without a roster beside another ledger', async () => {
    const checked = await checkWorkbook(createExcelHost(createFakeExcel(rosterSeed).run), inlineCheckRunner, { asOf });
    expect(checked.sheets.map(({ result }) => result.report.issues.filter((issue) => issue.rule.startsWith('reconcile.')).length)).toEqual([0, 0]);
  });

  it('passes over hidden sheets and the summaries it wrote', async () => {
    const seed = {
      ...ledgerWorkbook,
      sheets: [...ledgerWorkbook.sheets, { name: '汇总', rows: [['党员基本情况汇总']] }, { name: '汇总-党组织', rows: [['党组织情况汇总']] }, { ...rosterSeed.sheets[0], name: '旧花名册', visibility: 'Hidden' as const }],
    };
    const checked = await checkWorkbook(createExcelHost(createFakeExcel(seed).run), inlineCheckRunner, { asOf });
    expect(checked.sheets.map(({ result }) => result.report.sheet)).toEqual(['党员花名册', '填表说明', '党组织']);
  });

  it('refuses the results, naming the sheet, when the user sorts a sheet during the check', async () => {
    const fake = createFakeExcel(ledgerWorkbook);
    // While the 党组织 sheet is checked, the user sorts the roster's members by name, descending.
    const sortingRunner: CheckRunner = async (request, signal) => {
      if (request.grid.sheet === '党组织') {
        const roster = fake.workbook.sheets[0];
        if (roster !== undefined) roster.values = [roster.values[0] ?? [], ...roster.values.slice(1).reverse()];
      }
      return inlineCheckRunner(request, signal);
    };
    await expect(checkWorkbook(createExcelHost(fake.run), sortingRunner, { asOf })).rejects.toMatchObject({ code: 'sheetChanged', sheet: '党员花名册' });
  });
});
