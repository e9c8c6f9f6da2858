import { describe, expect, it } from '@jest/globals';
import type { Summary } from './Summary';
import { summaryToJson } from './summaryToJson';

const summary: Summary = {
  title: '党员基本情况汇总',
  asOf: '2024-12-31',
  template: 'roster',
  sources: [{ file: '第一党支部.xlsx', sheet: '花名册', rows: 4 }],
  headline: {
    members: { label: '党员总数', count: 4 },
    female: { label: '女党员', count: 1, share: 0.25 },
  },
  tables: [
    {
      id: 'ethnicity',
      title: '民族构成',
      columns: [
        { key: 'label', label: '民族', format: 'text' },
        { key: 'count', label: '人数', format: 'count' },
        { key: 'share', label: '占比', format: 'percent' },
      ],
      rows: [
        { label: '汉族', values: { count: 3, share: 0.75 } },
        { label: '回族', values: { count: 0, share: 0 } },
      ],
      excluded: { label: '未计入（数据有误或缺失）', values: { count: 1, share: 0.25 } },
      total: { label: '合计', values: { count: 4, share: 1 } },
    },
  ],
  charts: [{ id: 'c', kind: 'pie', title: '民族构成', table: 'ethnicity', series: ['count'] }],
  notes: ['民族构成：有 1 人的民族有误或缺失，列入“未计入”行。'],
};

describe('summaryToJson', () => {
  it('splits headline counts from shares and flattens table lines to label + column keys', () => {
    expect(summaryToJson(summary)).toEqual({
      file: '第一党支部.xlsx',
      sheet: '花名册',
      template: 'roster',
      title: '党员基本情况汇总',
      sources: [{ file: '第一党支部.xlsx', sheet: '花名册', rows: 4 }],
      headline: { members: 4, female: 1 },
      shares: { female: 0.25 },
      tables: [
        {
          id: 'ethnicity',
          title: '民族构成',
          columns: [
            { key: 'label', label: '民族', format: 'text' },
            { key: 'count', label: '人数', format: 'count' },
            { key: 'share', label: '占比', format: 'percent' },
          ],
          rows: [
            { label: '汉族', count: 3, share: 0.75 },
            { label: '回族', count: 0, share: 0 },
          ],
          excluded: { label: '未计入（数据有误或缺失）', count: 1, share: 0.25 },
          total: { label: '合计', count: 4, share: 1 },
        },
      ],
      notes: ['民族构成：有 1 人的民族有误或缺失，列入“未计入”行。'],
    });
  });

  it('takes file and sheet from the caller, and gives null for a pool of several sources', () => {
    const pooled: Summary = { ...summary, sources: [...summary.sources, { file: '第二党支部.xlsx', sheet: '花名册', rows: 3 }] };
    expect(summaryToJson(pooled)).toMatchObject({ file: null, sheet: null });
    expect(summaryToJson(pooled, 'uploads/')).toMatchObject({ file: 'uploads/', sheet: null });
    expect(summaryToJson(summary, 'a.xlsx', 'Sheet1')).toMatchObject({ file: 'a.xlsx', sheet: 'Sheet1' });
  });

  it('gives null for a table without 未计入 or 合计 lines', () => {
    const [table] = summary.tables;
    if (table === undefined) throw new Error('fixture');
    const bare: Summary = { ...summary, tables: [{ id: table.id, title: table.title, columns: table.columns, rows: table.rows }] };
    expect(summaryToJson(bare).tables[0]).toMatchObject({ excluded: null, total: null });
  });
});
