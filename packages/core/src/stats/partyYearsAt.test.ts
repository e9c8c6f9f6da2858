import { describe, expect, it } from '@jest/globals';
import { partyYearsAt } from './partyYearsAt';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('partyYearsAt', () => {
  it('counts whole years from 转正时间', () => {
    expect(partyYearsAt(day(2015, 7, 1), day(2025, 6, 30))).toBe(9);
    expect(partyYearsAt(day(2015, 7, 1), day(2025, 7, 1))).toBe(10);
    expect(partyYearsAt(day(1975, 7, 1), day(2025, 7, 1))).toBe(50);
  });

  it('takes a month-precision 转正时间 as the last day of its month', () => {
    expect(partyYearsAt({ year: 2015, month: 7 }, day(2025, 7, 15))).toBe(9);
    expect(partyYearsAt({ year: 2015, month: 7 }, day(2025, 7, 31))).toBe(10);
  });

  it('is 0 for a 预备党员 (no 转正时间) and for a 转正 after the as-of date', () => {
    expect(partyYearsAt(undefined, day(2025, 6, 30))).toBe(0);
    expect(partyYearsAt(day(2026, 1, 1), day(2025, 6, 30))).toBe(0);
    expect(partyYearsAt({ year: 2025, month: 6 }, day(2025, 6, 30))).toBe(0);
  });

  it('throws on an as-of date without a day', () => {
    expect(() => partyYearsAt(undefined, { year: 2025 })).toThrow(/partyYearsAt requires an as-of date to the day/);
  });
});
