import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import { valuesAt } from '../../../tests/fake-office/workbook';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import { createExcelHost } from '../office/createExcelHost';
import { organisationSheet } from '../testing/ledgerWorkbook';
import { cellIssues } from './cellIssues';
import { checkActiveSheet } from './checkActiveSheet';
import { summarizeActiveSheet } from './summarizeActiveSheet';

const asOf = { year: 2025, month: 6, day: 30 };

describe('checking and summarising the active sheet', () => {
  it('reports reading progress, then checking, then the report', async () => {
    const host = createExcelHost(createFakeExcel(rosterSeed).run);
    const phases: string[] = [];
    const { result, workbookName } = await checkActiveSheet(host, inlineCheckRunner, { asOf, onProgress: (progress) => phases.push(progress.phase === 'reading' ? `reading ${progress.rowsRead}/${progress.totalRows}` : progress.phase) });
    expect(phases).toEqual(['reading 10/10', 'checking']);
    expect(workbookName).toBe('机关党委花名册.xlsx');
    expect(result.report.counts).toEqual({ error: 5, warning: 2, info: 0 });
  });

  it('writes the 汇总 of the roster from the ribbon command, counting all nine members', async () => {
    const fake = createFakeExcel(rosterSeed);
    await summarizeActiveSheet(createExcelHost(fake.run), inlineCheckRunner, asOf);
    expect(valuesAt(fake.workbook, '汇总', 'A1:B7')).toEqual([
      ['党员基本情况汇总', ''],
      ['统计截至：2025-06-30', ''],
      ['数据来源：机关党委花名册.xlsx「党员花名册」，共 9 行', ''],
      ['', ''],
      ['主要指标', ''],
      ['指标', '人数'],
      ['党员总数', 9],
    ]);
  });

  it('refuses a sheet that is not a ledger, writing nothing', async () => {
    const notes = createFakeExcel({ sheets: [{ name: '说明', rows: [['这不是台账'], ['只是一段说明']] }] });
    await expect(summarizeActiveSheet(createExcelHost(notes.run), inlineCheckRunner, asOf)).rejects.toMatchObject({ code: 'notRecognised' });
    expect(notes.workbook.sheets.map((sheet) => sheet.name)).toEqual(['说明']);
  });

  it('writes the summary of another ledger on its own sheet, 汇总-党组织', async () => {
    const organisations = createFakeExcel({ name: '党组织.xlsx', sheets: [organisationSheet] });
    await summarizeActiveSheet(createExcelHost(organisations.run), inlineCheckRunner, asOf);
    expect(organisations.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党组织', '汇总-党组织']);
    expect(valuesAt(organisations.workbook, '汇总-党组织', 'A1:A3')).toEqual([['党组织情况汇总'], ['统计截至：2025-06-30'], ['数据来源：党组织.xlsx「党组织」，共 5 行']]);
  });
});

describe('cellIssues', () => {
  it('keeps only issues sitting in a mapped column', async () => {
    const withoutName = { sheets: [{ name: '花名册', rows: [['性别', '入党时间', '联系电话'], ['男', 36708, '138']] }] };
    const host = createExcelHost(createFakeExcel(withoutName).run);
    const { result } = await checkActiveSheet(host, inlineCheckRunner, { asOf, templateId: 'roster' });
    const rules = result.report.issues.map((issue) => `${issue.rule} ${issue.column}${issue.row}`);
    expect(rules).toContain('column.missing A1');
    expect(cellIssues(result.report).map((issue) => `${issue.rule} ${issue.column}${issue.row}`)).toEqual(rules.filter((rule) => !rule.startsWith('column.missing')));
  });
});
