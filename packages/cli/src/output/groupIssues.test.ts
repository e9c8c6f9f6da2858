import { describe, expect, it } from '@jest/globals';
import type { Issue } from '@taizhang/core';
import { groupIssues } from './groupIssues';

function issue(cell: string, rule: Issue['rule'], severity: Issue['severity'], message: string, fix?: string): Issue {
  const [, column = '', row = '0'] = /^([A-Z]+)(\d+)$/.exec(cell) ?? [];
  const base: Issue = { row: Number(row), column, header: '', field: '', rule, severity, message, params: {} };
  return fix === undefined ? base : { ...base, fix };
}

describe('groupIssues', () => {
  it('puts errors first, keeps sheet order within a severity, and collapses identical messages', () => {
    const issues = [
      issue('D12', 'field.alias', 'info', '民族应写作规范名称"汉族"', '汉族'),
      issue('AA5', 'phone.invalid', 'warning', '联系电话不是有效的手机号'),
      issue('D5', 'field.alias', 'info', '民族应写作规范名称"汉族"', '汉族'),
      issue('E9', 'id.checksum', 'error', '校验码错误（末位应为 X，实为 3）'),
      issue('Z5', 'phone.invalid', 'warning', '联系电话不是有效的手机号'),
      issue('F7', 'date.text', 'info', '出生日期是文本格式的日期', '1985-03-12'),
      issue('F8', 'date.text', 'info', '出生日期是文本格式的日期', '1990-07-01'),
      issue('E6', 'id.checksum', 'error', '校验码错误（末位应为 6，实为 X）'),
    ];
    expect(groupIssues(issues)).toEqual([
      {
        rule: 'id.checksum',
        severity: 'error',
        count: 2,
        lines: [
          { cells: ['E6'], message: '校验码错误（末位应为 6，实为 X）' },
          { cells: ['E9'], message: '校验码错误（末位应为 X，实为 3）' },
        ],
      },
      { rule: 'phone.invalid', severity: 'warning', count: 2, lines: [{ cells: ['Z5', 'AA5'], message: '联系电话不是有效的手机号' }] },
      { rule: 'field.alias', severity: 'info', count: 2, lines: [{ cells: ['D5', 'D12'], message: '民族应写作规范名称"汉族"', fix: '汉族' }] },
      { rule: 'date.text', severity: 'info', count: 2, lines: [{ cells: ['F7', 'F8'], message: '出生日期是文本格式的日期' }] },
    ]);
  });
});
