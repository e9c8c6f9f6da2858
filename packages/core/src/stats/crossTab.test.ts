import { describe, expect, it } from '@jest/globals';
import { crossTab } from './crossTab';

describe('crossTab', () => {
  it('counts branch × category pairs, leaving absent pairs out', () => {
    const members = [
      { branch: '第一党支部', category: '正式党员' },
      { branch: '第一党支部', category: '预备党员' },
      { branch: '第二党支部', category: '正式党员' },
      { branch: '第一党支部', category: '正式党员' },
    ];
    const table = crossTab(members, (m) => m.branch, (m) => m.category);
    expect([...table.keys()]).toEqual(['第一党支部', '第二党支部']);
    expect(Object.fromEntries(table.get('第一党支部') ?? [])).toEqual({ 正式党员: 2, 预备党员: 1 });
    expect(Object.fromEntries(table.get('第二党支部') ?? [])).toEqual({ 正式党员: 1 });
  });
});
