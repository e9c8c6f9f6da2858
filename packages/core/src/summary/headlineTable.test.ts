import { describe, expect, it } from '@jest/globals';
import { headlineTable } from './headlineTable';
import type { Summary } from './Summary';

describe('headlineTable', () => {
  it('lists each figure with its share, the member count without one', () => {
    const summary: Summary = {
      title: '党员基本情况汇总',
      asOf: '2025-12-31',
      template: 'roster',
      sources: [],
      headline: { members: { label: '党员总数', count: 12 }, female: { label: '女党员', count: 5, share: 5 / 12 } },
      tables: [],
      charts: [],
      notes: [],
    };
    expect(headlineTable(summary).rows).toEqual([
      { label: '党员总数', values: { count: 12 } },
      { label: '女党员', values: { count: 5, share: 5 / 12 } },
    ]);
  });
});
