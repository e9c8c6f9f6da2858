import { describe, expect, it } from '@jest/globals';
import { ageAt } from './ageAt';

const day = (year: number, month: number, d: number) => ({ year, month, day: d });

describe('ageAt', () => {
  it('counts 周岁: the year is complete on the birthday itself', () => {
    expect(ageAt(day(1990, 3, 15), day(2025, 3, 14))).toBe(34);
    expect(ageAt(day(1990, 3, 15), day(2025, 3, 15))).toBe(35);
    expect(ageAt(day(1990, 3, 15), day(2025, 12, 31))).toBe(35);
    expect(ageAt(day(1949, 12, 31), day(2024, 12, 31))).toBe(75);
  });

  it('takes a month-precision birth date as the last day of its month (the least possible age)', () => {
    expect(ageAt({ year: 1990, month: 3 }, day(2025, 2, 28))).toBe(34);
    expect(ageAt({ year: 1990, month: 3 }, day(2025, 3, 15))).toBe(34);
    expect(ageAt({ year: 1990, month: 3 }, day(2025, 3, 31))).toBe(35);
    expect(ageAt({ year: 1990, month: 3 }, day(2025, 4, 1))).toBe(35);
    // 1992.02 may be 29 February, which has no anniversary in 2027 until 1 March.
    expect(ageAt({ year: 1992, month: 2 }, day(2027, 2, 28))).toBe(34);
    expect(ageAt({ year: 1992, month: 2 }, day(2027, 3, 1))).toBe(35);
  });

  it('takes a year-precision birth date as 31 December of that year', () => {
    expect(ageAt({ year: 1990 }, day(2025, 6, 30))).toBe(34);
    expect(ageAt({ year: 1990 }, day(2025, 12, 31))).toBe(35);
  });

  it('gives 0 when the person may have been born after the as-of day', () => {
    expect(ageAt({ year: 2025, month: 3 }, day(2025, 3, 15))).toBe(0);
  });

  it('throws on a birth date wholly after the as-of date, or an as-of date without a day', () => {
    expect(() => ageAt({ year: 2025, month: 4 }, day(2025, 3, 15))).toThrow(/ageAt: the date is after the as-of date/);
    expect(() => ageAt(day(1990, 3, 15), { year: 2025, month: 3 })).toThrow(/ageAt requires an as-of date to the day/);
  });
});
