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
});
