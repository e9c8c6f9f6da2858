import { describe, expect, it } from '@jest/globals';
import { columnLetter, columnNumber } from './columnLetter';

describe('columnLetter', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
  });

  it('rejects column 0 and non-letters', () => {
    expect(() => columnLetter(0)).toThrow(RangeError);
    expect(() => columnNumber('A1')).toThrow(RangeError);
  });
});
