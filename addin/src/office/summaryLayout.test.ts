import { describe, expect, it } from '@jest/globals';
import type { Summary } from '@taizhang/core';
import { smallSummary } from '../testing/smallSummary';
import { layoutSummary } from './summaryLayout';

describe('layoutSummary', () => {
  const layout = layoutSummary(smallSummary);

  it('puts title, as-of date and source on top, then each table under its title', () => {
    expect(layout.values.slice(0, 15)).toEqual([
      ['党员基本情况汇总', '', ''],
      ['统计截至：2025-06-30', '', ''],
      ['数据来源：花名册.xlsx「花名册」，共 3 行', '', ''],
      ['', '', ''],
      ['主要指标', '', ''],
      ['指标', '人数', '占比'],
      ['党员总数', 3, ''],
      ['女党员', 1, 1 / 3],
      ['', '', ''],
      ['年龄结构', '', ''],
      ['年龄段', '人数', '占比'],
      ['35岁及以下', 1, 1 / 3],
      ['36至45岁', 2, 2 / 3],
      ['未计入（数据有误或缺失）', 0, 0],
      ['合计', 3, 1],
    ]);
  });

  it('formats labels as text, counts as whole numbers and shares as percentages', () => {
    expect(layout.numberFormats[6]).toEqual(['@', '0', '@']);
    expect(layout.numberFormats[11]).toEqual(['@', '0', '0.0%']);
  });

  it('makes every table an Excel table from its header row to its 合计 line', () => {
    expect(layout.tables).toEqual([
      { id: 'headline', address: 'A6:C8' },
      { id: 'age', address: 'A11:C15' },
    ]);
    expect(layout.bold).toEqual(['A5', 'A10', 'A15:C15', 'A27']);
  });

  it('draws the chart beside a narrow table, over its rows only (not 未计入 and 合计)', () => {
    expect(layout.charts).toEqual([
      { id: 'ageChart', type: 'ColumnClustered', title: '年龄结构', categories: 'A12:A13', series: [{ name: '人数', values: 'B12:B13' }], from: 'E10', to: 'K25', legend: false },
    ]);
  });

  it('ends with the numbered notes below the last chart', () => {
    expect(layout.values.length).toBe(28);
    expect(layout.values[26]?.[0]).toBe('说明');
    expect(layout.values[27]?.[0]).toBe('1. 有 1 人的出生日期只写到月，按该月最后一天计算年龄。');
    expect(layout.fitColumns).toBe('A5:C25');
  });

  it('puts the chart of a wide table below it', () => {
    const wide: Summary = {
      ...smallSummary,
      headline: {},
      tables: [
        {
          id: 'branches',
          title: '各党支部党员情况',
          columns: ['党支部', '党员数', '女', '女占比', '预备党员', '预备党员占比'].map((label, i) => ({ key: i === 0 ? 'label' : `k${i}`, label, format: i === 0 ? 'text' : 'count' })),
          rows: [{ label: '第一党支部', values: { k1: 2, k2: 1, k3: 0.5, k4: 0, k5: 0 } }],
        },
      ],
      charts: [{ id: 'branchChart', kind: 'bar', title: '各党支部党员数', table: 'branches', series: ['k1'] }],
    };
    const { charts } = layoutSummary(wide);
    // No headline figures, so no 主要指标 block: branches title A5, header A6, one row A7; chart from row 9.
    expect(charts[0]).toMatchObject({ categories: 'A7:A7', series: [{ name: '党员数', values: 'B7:B7' }], from: 'A9', to: 'G24' });
  });
});
