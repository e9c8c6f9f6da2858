import type { Summary } from '@taizhang/core';

/** A roster summary of three members, small enough to lay out by hand. */
export const smallSummary: Summary = {
  title: '党员基本情况汇总',
  asOf: '2025-06-30',
  template: 'roster',
  sources: [{ file: '花名册.xlsx', sheet: '花名册', rows: 3 }],
  headline: {
    members: { label: '党员总数', count: 3 },
    female: { label: '女党员', count: 1, share: 1 / 3 },
  },
  tables: [
    {
      id: 'age',
      title: '年龄结构',
      columns: [
        { key: 'label', label: '年龄段', format: 'text' },
        { key: 'count', label: '人数', format: 'count' },
        { key: 'share', label: '占比', format: 'percent' },
      ],
      rows: [
        { label: '35岁及以下', values: { count: 1, share: 1 / 3 } },
        { label: '36至45岁', values: { count: 2, share: 2 / 3 } },
      ],
      excluded: { label: '未计入（数据有误或缺失）', values: { count: 0, share: 0 } },
      total: { label: '合计', values: { count: 3, share: 1 } },
    },
  ],
  charts: [{ id: 'ageChart', kind: 'bar', title: '年龄结构', table: 'age', series: ['count'] }],
  notes: ['有 1 人的出生日期只写到月，按该月最后一天计算年龄。'],
};
