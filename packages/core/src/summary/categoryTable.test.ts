import { describe, expect, it } from '@jest/globals';
import { categoryTable } from './categoryTable';

const spec = { id: 'sex', title: '性别', header: '性别' };

describe('categoryTable', () => {
  it('shows every category in order, zeros included, then 未计入 and 合计 as shares of members', () => {
    const table = categoryTable(spec, new Map([['女', 3], [undefined, 1]]), ['男', '女'], 4);
    expect([...table.rows, table.excluded, table.total]).toEqual([
      { label: '男', values: { count: 0, share: 0 } },
      { label: '女', values: { count: 3, share: 0.75 } },
      { label: '未计入（数据有误或缺失）', values: { count: 1, share: 0.25 } },
      { label: '合计', values: { count: 4, share: 1 } },
    ]);
  });

  it('refuses counts that leave someone out or name a category it does not list', () => {
    expect(() => categoryTable(spec, new Map([['女', 3]]), ['男', '女'], 4)).toThrow(/add up to 3, not 4/);
    expect(() => categoryTable(spec, new Map([['其他', 1]]), ['男', '女'], 1)).toThrow(/"其他" is not in the order/);
  });
});
