import { describe, expect, it } from '@jest/globals';
import { toCellValue } from './toCellValue';

describe('toCellValue', () => {
  it('makes empty cells null and keeps text, numbers and booleans', () => {
    expect([toCellValue('', false), toCellValue('张三', false), toCellValue(31048, false), toCellValue(true, false)]).toEqual([null, '张三', 31048, true]);
  });

  it('turns a cell Excel reports as an error into a CellError, but leaves the same text typed as text alone', () => {
    expect(toCellValue('#N/A', true)).toEqual({ kind: 'error', code: '#N/A' });
    expect(toCellValue('#N/A', false)).toBe('#N/A');
  });
});
