import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Summary, SummaryTable } from '@taizhang/core';
import { Workbook, type Worksheet } from 'exceljs';
import { summarySheetMaxRows, writeSummaryWorkbook } from './writeSummaryWorkbook';

const percentColumns = (label: string, header: string): SummaryTable['columns'] => [
  { key: 'label', label: header, format: 'text' },
  { key: 'count', label: '人数', format: 'count' },
  { key: 'share', label: label, format: 'percent' },
];

const ageTable: SummaryTable = {
  id: 'age',
  title: '年龄结构',
  columns: percentColumns('占比', '年龄段'),
  rows: [
    { label: '30岁及以下', values: { count: 2, share: 0.25 } },
    { label: '31至35岁', values: { count: 5, share: 0.625 } },
  ],
  excluded: { label: '未计入（数据有误或缺失）', values: { count: 1, share: 0.125 } },
  total: { label: '合计', values: { count: 8, share: 1 } },
};

function branchTable(branches: number): SummaryTable {
  return {
    id: 'branches',
    title: '各党支部党员情况',
    columns: [
      { key: 'label', label: '党支部', format: 'text' },
      { key: 'members', label: '党员数', format: 'count' },
      { key: 'female', label: '女', format: 'count' },
      { key: 'femaleShare', label: '女占比', format: 'percent' },
    ],
    rows: Array.from({ length: branches }, (_, i) => ({ label: `第${i + 1}党支部`, values: { members: 4, female: 1, femaleShare: 0.25 } })),
    excluded: { label: '未计入（数据有误或缺失）', values: { members: 0, female: 0, femaleShare: 0 } },
    total: { label: '合计', values: { members: 4 * branches, female: branches, femaleShare: 0.25 } },
  };
}

function summaryOf(tables: readonly SummaryTable[], sources = 1): Summary {
  return {
    title: '党员基本情况汇总',
    asOf: '2024-12-31',
    template: 'roster',
    sources: Array.from({ length: sources }, (_, i) => ({ file: `第${i + 1}党支部.xlsx`, sheet: '花名册', rows: 8 })),
    headline: {
      members: { label: '党员总数', count: 8 },
      female: { label: '女党员', count: 2, share: 0.25 },
    },
    tables,
    charts: [{ id: 'ageChart', kind: 'bar', title: '年龄结构', table: 'age', series: ['count'] }],
    notes: ['年龄结构：有 1 人的出生日期有误或缺失，列入“未计入”行。'],
  };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'taizhang-summary-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeAndRead(summaries: readonly Summary[], file: string): Promise<Workbook> {
  const path = join(dir, file);
  await writeSummaryWorkbook(summaries, path);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function sheetOf(workbook: Workbook, name: string): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (sheet === undefined) throw new Error(`no sheet ${name}; have ${workbook.worksheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

function rowOf(sheet: Worksheet, label: string): number {
  for (let row = 1; row <= sheet.rowCount; row++) if (sheet.getCell(row, 1).value === label) return row;
  throw new Error(`no row labelled ${label}`);
}

/** Table names and ranges as stored in the file. */
function tablesOf(sheet: Worksheet): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of ['S1_headline', 'S1_age', 'S1_branches', 'S2_headline', 'S2_age', 'S1_sources']) {
    const table: unknown = sheet.getTable(name);
    if (typeof table === 'object' && table !== null && 'table' in table) {
      const model = table.table;
      if (typeof model === 'object' && model !== null && 'tableRef' in model) found[name] = String(model.tableRef);
    }
  }
  return found;
}

describe('writeSummaryWorkbook', () => {
  it('writes a 汇总 sheet with the title line, headline and tables as Excel tables, read back by ExcelJS', async () => {
    const workbook = await writeAndRead([summaryOf([ageTable, branchTable(3)])], 'one.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总']);
    const sheet = sheetOf(workbook, '汇总');
    expect(sheet.getCell('A1').value).toBe('党员基本情况汇总');
    expect(sheet.getCell('A2').value).toBe('统计截至：2024-12-31');
    expect(sheet.getCell('A3').value).toBe('数据来源：第1党支部.xlsx「花名册」8 行');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });

    // A5 主要指标, A6 header, A7–A8 figures, A9 blank, A10 年龄结构, A11 header, A12–A15 lines …
    expect(tablesOf(sheet)).toEqual({ S1_headline: 'A6:C8', S1_age: 'A11:C15', S1_branches: 'A18:D23' });
    expect(sheet.getRow(11).values).toEqual([undefined, '年龄段', '人数', '占比']);
    expect(sheet.getRow(7).values).toEqual([undefined, '党员总数', 8]);
    const young = rowOf(sheet, '30岁及以下');
    expect([sheet.getCell(young, 2).value, sheet.getCell(young, 3).value]).toEqual([2, 0.25]);
    expect(sheet.getCell(young, 2).numFmt).toBe('0');
    expect(sheet.getCell(young, 3).numFmt).toBe('0.0%');
    const total = rowOf(sheet, '合计');
    expect(total).toBe(15);
    expect(sheet.getCell(total, 2).value).toBe(8);
    expect(sheet.getCell(total, 2).font?.bold).toBe(true);
    expect(sheet.getCell(rowOf(sheet, '未计入（数据有误或缺失）'), 3).value).toBe(0.125);
    expect(sheet.getCell(rowOf(sheet, '说明') + 1, 1).value).toBe('年龄结构：有 1 人的出生日期有误或缺失，列入“未计入”行。');

    // 未计入（数据有误或缺失） is 24 columns wide in a CJK font; the label column fits it.
    expect(sheet.getColumn(1).width).toBe(26);
    // 占比 and 100.0% are narrower than the minimum width of 8.
    expect(sheet.getColumn(3).width).toBe(8);
  });

  it('moves the longest table to its own sheet when 汇总 would pass the row limit', async () => {
    const workbook = await writeAndRead([summaryOf([ageTable, branchTable(250)])], 'county.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '各党支部党员情况']);
    const main = sheetOf(workbook, '汇总');
    expect(main.rowCount).toBeLessThanOrEqual(summarySheetMaxRows);
    expect(main.getCell(rowOf(main, '各党支部党员情况') + 1, 1).value).toBe('见工作表“各党支部党员情况”');
    expect(tablesOf(main)).toEqual({ S1_headline: 'A6:C8', S1_age: 'A11:C15' });

    const own = sheetOf(workbook, '各党支部党员情况');
    expect(own.getCell('A1').value).toBe('党员基本情况汇总：各党支部党员情况');
    expect(tablesOf(own)).toEqual({ S1_branches: 'A5:D257' });
    expect(own.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(own.getRow(257).values).toEqual([undefined, '合计', 1000, 250, 0.25]);
  });

  it('puts further summaries on 汇总2 …, and many sources on a 数据来源 sheet', async () => {
    const workbook = await writeAndRead([summaryOf([ageTable], 6), summaryOf([ageTable])], 'two.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['汇总', '数据来源', '汇总2']);
    expect(sheetOf(workbook, '汇总').getCell('A3').value).toBe('数据来源：共 6 个工作表，见工作表“数据来源”');
    const sources = sheetOf(workbook, '数据来源');
    expect(tablesOf(sources)).toEqual({ S1_sources: 'A5:C11' });
    expect(sources.getRow(11).values).toEqual([undefined, '第6党支部.xlsx', '花名册', 8]);
    expect(tablesOf(sheetOf(workbook, '汇总2'))).toEqual({ S2_headline: 'A6:C8', S2_age: 'A11:C15' });
  });

  it('refuses to write a workbook without a summary', async () => {
    await expect(writeSummaryWorkbook([], join(dir, 'none.xlsx'))).rejects.toThrow(/at least one summary/);
  });
});
