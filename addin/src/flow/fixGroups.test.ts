import { describe, expect, it } from '@jest/globals';
import type { CellFix } from '@taizhang/core';
import { groupFixes } from './fixGroups';

const fix = (column: string, row: number, rule: CellFix['rule'], after: string): CellFix => ({
  sheet: '党员花名册',
  row,
  column,
  field: 'x',
  header: 'x',
  rule,
  rules: [rule],
  after,
  kind: 'text',
});

describe('groupFixes', () => {
  it('groups by the rule written, in the order rules combine, keeping sheet order within a rule', () => {
    const fixes = [fix('D', 3, 'field.alias', '汉族'), fix('B', 3, 'text.whitespace', '王芳'), fix('C', 4, 'field.alias', '男'), fix('E', 6, 'id.legacy15', '410105197909090315')];
    expect(groupFixes(fixes, 'zh-CN').map((group) => [group.name, group.fixes.map((each) => `${each.column}${each.row}`)])).toEqual([
      ['去除多余空格', ['B3']],
      ['改为规范名称', ['D3', 'C4']],
      ['15位身份证号升级为18位', ['E6']],
    ]);
    expect(groupFixes(fixes, 'en')[0]?.name).toBe('Remove extra spaces');
    expect(groupFixes([], 'zh-CN')).toEqual([]);
  });
});
