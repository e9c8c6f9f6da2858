import { describe, expect, it } from '@jest/globals';
import type { DataRow } from '@taizhang/core';
import { maskRow } from './maskRow';

describe('maskRow', () => {
  it('masks ID numbers in text fields but keeps the ID field whole, and the rest of the row as it was', () => {
    const row: DataRow = {
      row: 5,
      values: {
        name: '王建国',
        idNumber: '341122198503120418',
        branch: '341122 19850312 0418',
        joinDate: { year: 2010, month: 7 },
        members: 12,
      },
      invalid: new Set(['branch']),
    };
    expect(maskRow(row, new Set(['idNumber']))).toEqual({
      row: 5,
      values: {
        name: '王建国',
        idNumber: '341122198503120418',
        branch: '341122********0418',
        joinDate: { year: 2010, month: 7 },
        members: 12,
      },
      invalid: new Set(['branch']),
    });
  });

  it('returns the same row when no text field holds an ID number', () => {
    const row: DataRow = {
      row: 9,
      values: { name: '李红', branch: '第三支部 电话13912345678，入党1985.03', idNumber: '341122198503120418' },
      invalid: new Set(),
    };
    expect(maskRow(row, new Set(['idNumber']))).toBe(row);
  });

  it('masks a 15-digit ID but not 14 digits split by a letter', () => {
    const row: DataRow = {
      row: 3,
      values: { note: '旧证341122850312041', other: '1234567a1234567' },
      invalid: new Set(),
    };
    const masked = maskRow(row, new Set(['idNumber']));
    expect(masked.values).toEqual({ note: '旧证341**********41', other: '1234567a1234567' });
    expect(row.values['note']).toBe('旧证341122850312041');
  });
});
