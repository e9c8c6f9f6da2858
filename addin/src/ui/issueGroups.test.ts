import { describe, expect, it } from '@jest/globals';
import type { Issue, Severity } from '@taizhang/core';
import { groupIssues, walkOrder } from './issueGroups';

function issue(row: number, column: string, rule: Issue['rule'], severity: Severity, message: string, params: Issue['params'] = {}): Issue {
  return { row, column, header: column === 'E' ? '公民身份号码' : '联系电话', field: column === 'E' ? 'idNumber' : 'phone', rule, severity, message, params };
}

const all = new Set<Severity>(['error', 'warning', 'info']);

const issues = [
  issue(3, 'E', 'id.checksum', 'error', '公民身份号码校验码错误（末位应为 7，实为 8）：请核对号码', { expected: '7', actual: '8' }),
  issue(6, 'L', 'phone.invalid', 'warning', '联系电话不是有效的手机号（11位）或带区号的固定电话'),
  issue(9, 'L', 'phone.invalid', 'warning', '联系电话不是有效的手机号（11位）或带区号的固定电话'),
  issue(4, 'L', 'phone.invalid', 'warning', '联系电话不是有效的手机号（11位）或带区号的固定电话'),
  issue(12, 'E', 'id.checksum', 'error', '公民身份号码校验码错误（末位应为 X，实为 5）：请核对号码', { expected: 'X', actual: '5' }),
];

describe('groupIssues', () => {
  it('groups by rule, errors first, and collapses the same problem of a column into one entry with its rows', () => {
    const groups = groupIssues(issues, 'zh-CN', all);
    expect(groups.map((group) => [group.title, group.severity, group.count, group.entries.map((entry) => entry.issues.map((each) => each.row))])).toEqual([
      ['身份证号校验码错误', 'error', 2, [[3], [12]]],
      ['联系电话无效', 'warning', 3, [[4, 6, 9]]],
    ]);
  });

  it('leaves out the severities that are filtered away', () => {
    expect(groupIssues(issues, 'zh-CN', new Set<Severity>(['warning'])).map((group) => group.rule)).toEqual(['phone.invalid']);
  });

  it('speaks English when asked', () => {
    const [first] = groupIssues(issues, 'en', all);
    expect(first?.title).toBe('ID numbers with a wrong check character');
    expect(first?.entries[0]?.message).toBe('公民身份号码 has a wrong check character (should be 7, is 8): verify the number');
  });

  it('walks the issues in the order they are listed', () => {
    expect(walkOrder(groupIssues(issues, 'zh-CN', all)).map((each) => `${each.column}${each.row}`)).toEqual(['E3', 'E12', 'L4', 'L6', 'L9']);
  });
});
