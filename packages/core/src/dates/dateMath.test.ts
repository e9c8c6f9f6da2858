import { describe, expect, it } from '@jest/globals';
import type { PartialDate } from './PartialDate';
import { addMonths, addYears, calendarDayOf, dayNumber, firstDay, formatDate, fullMonthsBetween, fullYearsBetween, lastDay, monthIndexOf, today } from './dateMath';

describe('dayNumber and calendarDayOf', () => {
  it('round-trip across leap days and old years', () => {
    for (const [y, m, d] of [
      [1970, 1, 1],
      [2000, 2, 29],
      [1900, 3, 1],
      [1880, 1, 1],
      [45, 6, 15],
    ] as const) {
      expect(calendarDayOf(dayNumber(y, m, d))).toEqual({ year: y, month: m, day: d });
    }
    expect(dayNumber(1970, 1, 2)).toBe(1);
  });
});

describe('calendarDayOf', () => {
  it('agrees with Date on every day of 1790–2210, inside the table of month starts and around it', () => {
    const mismatches: number[] = [];
    for (let dayNum = Date.UTC(1790, 0, 1) / 86_400_000; dayNum <= Date.UTC(2210, 11, 31) / 86_400_000; dayNum += 1) {
      const date = new Date(dayNum * 86_400_000);
      const { year, month, day } = calendarDayOf(dayNum);
      if (year !== date.getUTCFullYear() || month !== date.getUTCMonth() + 1 || day !== date.getUTCDate()) mismatches.push(dayNum);
    }
    expect(mismatches).toEqual([]);
  });

  it('takes the day of a fraction and has no day beyond the ECMA-262 range', () => {
    expect(calendarDayOf(dayNumber(1985, 3, 12) + 0.75)).toEqual({ year: 1985, month: 3, day: 12 });
    expect(calendarDayOf(Number.NaN).year).toBeNaN();
    expect(calendarDayOf(100_000_001).year).toBeNaN();
  });
});

describe('firstDay and lastDay', () => {
  const range = (date: PartialDate) => ({ first: firstDay(date), last: lastDay(date) });

  it('span a whole month for month precision and the whole year for year precision', () => {
    expect(range({ year: 1985, month: 3 })).toEqual({ first: dayNumber(1985, 3, 1), last: dayNumber(1985, 3, 31) });
    expect(lastDay({ year: 2024, month: 2 })).toBe(dayNumber(2024, 2, 29));
    expect(range({ year: 1985 })).toEqual({ first: dayNumber(1985, 1, 1), last: dayNumber(1985, 12, 31) });
    expect(range({ year: 1985, month: 3, day: 12 })).toEqual({ first: dayNumber(1985, 3, 12), last: dayNumber(1985, 3, 12) });
  });

  // Years 1800–2200 are answered from a table of month starts, others by arithmetic: both must agree
  // with the calendar at the table's edges and everywhere inside it.
  it('agree with Date.UTC on every month of 1790–2210, for the whole month, the year and days rolling over', () => {
    const utcDay = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86_400_000;
    const mismatches: string[] = [];
    for (let year = 1790; year <= 2210; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (const day of [-1, 0, 1, 15, 28, 29, 30, 31, 32, 60]) {
          if (dayNumber(year, month, day) !== utcDay(year, month, day)) mismatches.push(`${year}-${month}-${day}`);
        }
        if (firstDay({ year, month }) !== utcDay(year, month, 1) || lastDay({ year, month }) !== utcDay(year, month + 1, 0)) mismatches.push(`${year}-${month}`);
      }
      if (firstDay({ year }) !== utcDay(year, 1, 1) || lastDay({ year }) !== utcDay(year, 12, 31)) mismatches.push(`${year}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('leave months out of range and fractions to the arithmetic, as before', () => {
    expect(dayNumber(1985, 13, 1)).toBe(dayNumber(1986, 1, 1));
    expect(dayNumber(1985, 0, 1)).toBe(dayNumber(1984, 12, 1));
    expect(dayNumber(1985.5, 3.7, 12.9)).toBe(dayNumber(1985, 3, 12));
    expect(dayNumber(2000, 1, 1e12)).toBeNaN();
    expect(dayNumber(Number.NaN, 1, 1)).toBeNaN();
    expect(range({ year: 1985, month: 3, day: 40 })).toEqual({ first: dayNumber(1985, 4, 9), last: dayNumber(1985, 4, 9) });
    expect(range({ year: 1985, month: 13 })).toEqual({ first: dayNumber(1986, 1, 1), last: dayNumber(1986, 1, 31) });
  });
});

describe('monthIndexOf', () => {
  it('numbers the months of 1800–2200 from 0, and nothing else', () => {
    expect(monthIndexOf(1800, 1)).toBe(0);
    expect(monthIndexOf(1985, 3)).toBe(185 * 12 + 2);
    expect(monthIndexOf(2200, 12)).toBe(401 * 12 - 1);
    expect([monthIndexOf(1799, 12), monthIndexOf(2201, 1), monthIndexOf(1985, 0), monthIndexOf(1985, 13), monthIndexOf(1985.5, 3), monthIndexOf(1985, 3.5), monthIndexOf(Number.NaN, 3)]).toEqual([-1, -1, -1, -1, -1, -1, -1]);
  });
});

describe('addYears and addMonths', () => {
  it('keep the calendar day, clamping 29 February and month ends', () => {
    expect(calendarDayOf(addYears(dayNumber(2019, 7, 1), 1))).toEqual({ year: 2020, month: 7, day: 1 });
    expect(calendarDayOf(addYears(dayNumber(2020, 2, 29), 1))).toEqual({ year: 2021, month: 2, day: 28 });
    expect(calendarDayOf(addMonths(dayNumber(2021, 1, 31), 1))).toEqual({ year: 2021, month: 2, day: 28 });
    expect(calendarDayOf(addMonths(dayNumber(2021, 11, 15), 3))).toEqual({ year: 2022, month: 2, day: 15 });
    expect(calendarDayOf(addMonths(dayNumber(2021, 3, 15), -3))).toEqual({ year: 2020, month: 12, day: 15 });
  });
});

describe('fullYearsBetween (周岁)', () => {
  it('counts a year only once the anniversary is reached', () => {
    const birth = dayNumber(1990, 6, 15);
    expect(fullYearsBetween(birth, dayNumber(2008, 6, 14))).toBe(17);
    expect(fullYearsBetween(birth, dayNumber(2008, 6, 15))).toBe(18);
    expect(fullYearsBetween(birth, dayNumber(2026, 12, 31))).toBe(36);
  });
});

describe('fullMonthsBetween', () => {
  it('counts whole months', () => {
    expect(fullMonthsBetween(dayNumber(2024, 1, 15), dayNumber(2024, 7, 14))).toBe(5);
    expect(fullMonthsBetween(dayNumber(2024, 1, 15), dayNumber(2024, 7, 15))).toBe(6);
    expect(fullMonthsBetween(dayNumber(2023, 11, 1), dayNumber(2025, 1, 1))).toBe(14);
  });
});

describe('formatDate and today', () => {
  it('writes ISO text at the date precision', () => {
    expect(formatDate({ year: 1985, month: 3, day: 2 })).toBe('1985-03-02');
    expect(formatDate({ year: 1985, month: 3 })).toBe('1985-03');
    expect(formatDate({ year: 1985 })).toBe('1985');
  });
  it('takes the local calendar day', () => {
    expect(today(new Date(2026, 10, 22, 23, 59))).toEqual({ year: 2026, month: 11, day: 22 });
  });
});
