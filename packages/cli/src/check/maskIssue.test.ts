import { describe, expect, it } from '@jest/globals';
import type { Issue } from '@taizhang/core';
import { maskIssue } from './maskIssue';

const legacy: Issue = {
  row: 12,
  column: 'E',
  header: '身份证号',
  field: 'idNumber',
  rule: 'id.legacy15',
  severity: 'warning',
  message: '身份证号是15位旧号码：可升级为18位',
  params: {},
  fix: '130503196704010016',
};

describe('maskIssue', () => {
  it('masks the fix of an ID field', () => {
    expect(maskIssue(legacy, new Set(['idNumber']))).toEqual({ ...legacy, fix: '130503********0016' });
  });

  it('masks any param or fix that is a whole ID number, whatever the field', () => {
    const issue: Issue = {
      ...legacy,
      field: 'note',
      rule: 'date.invalid',
      params: { value: '130503670401001', row: 3 },
      fix: '11010519491231002X',
    };
    expect(maskIssue(issue, new Set(['idNumber']))).toEqual({
      ...issue,
      params: { value: '130**********01', row: 3 },
      fix: '110105********002X',
    });
  });

  it('masks an ID number typed with spaces or inside other text, as a cell in the wrong column echoes it', () => {
    const misplaced: Issue = {
      row: 7,
      column: 'F',
      header: '入党时间',
      field: 'joinDate',
      rule: 'date.invalid',
      severity: 'error',
      message: '入党时间"341122 19850312 0418"不是有效日期',
      params: { value: '341122 19850312 0418' },
    };
    expect(maskIssue(misplaced, new Set(['idNumber'])).params).toEqual({ value: '341122********0418' });
    const note: Issue = { ...misplaced, field: 'note', rule: 'text.whitespace', params: {}, fix: '身份证341122198503120418' };
    expect(maskIssue(note, new Set(['idNumber'])).fix).toBe('身份证341122********0418');
  });

  it('leaves issues without ID numbers as they are', () => {
    const checksum: Issue = {
      ...legacy,
      rule: 'id.checksum',
      severity: 'error',
      params: { expected: '6', actual: 'X' },
    };
    const { fix: _fix, ...noFix } = checksum;
    expect(maskIssue(noFix, new Set(['idNumber']))).toEqual(noFix);
    const alias: Issue = { ...legacy, field: 'ethnicity', rule: 'field.alias', params: { canonical: '汉族' }, fix: '汉族' };
    expect(maskIssue(alias, new Set(['idNumber']))).toEqual(alias);
  });
});
