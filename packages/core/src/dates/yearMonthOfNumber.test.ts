import { describe, expect, it } from '@jest/globals';
import { yearMonthOfNumber } from './yearMonthOfNumber';

describe('yearMonthOfNumber', () => {
  it.each([
    [1985, { year: 1985 }],
    [1985.03, { year: 1985, month: 3 }],
    [1985.3, { year: 1985, month: 3 }],
    [1985.12, { year: 1985, month: 12 }],
    [2026.09, { year: 2026, month: 9 }],
  ])('%s reads as %j', (value, expected) => {
    expect(yearMonthOfNumber(value)).toEqual(expected);
  });

  it('cannot tell 1985.10 from 1985.1 once Excel stored it as a number', () => {
    expect(yearMonthOfNumber(1985.1)).toBe('ambiguous');
  });

  it('leaves serial-sized numbers and impossible months alone', () => {
    expect(yearMonthOfNumber(31118)).toBeUndefined();
    expect(yearMonthOfNumber(1985.13)).toBeUndefined();
    expect(yearMonthOfNumber(1985.031)).toBeUndefined();
    expect(yearMonthOfNumber(1799)).toBeUndefined();
    expect(yearMonthOfNumber(Number.NaN)).toBeUndefined();
  });
});
