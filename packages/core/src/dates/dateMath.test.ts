import { describe, expect, it } from '@jest/globals';
import { addMonths, addYears, calendarDayOf, dayNumber, dayRange, formatDate, fullMonthsBetween, fullYearsBetween, today } from './dateMath';

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

describe('dayRange', () => {
  it('spans a whole month for month precision and the whole year for year precision', () => {
    expect(dayRange({ year: 1985, month: 3 })).toEqual({ first: dayNumber(1985, 3, 1), last: dayNumber(1985, 3, 31) });
    expect(dayRange({ year: 2024, month: 2 }).last).toBe(dayNumber(2024, 2, 29));
    expect(dayRange({ year: 1985 })).toEqual({ first: dayNumber(1985, 1, 1), last: dayNumber(1985, 12, 31) });
    expect(dayRange({ year: 1985, month: 3, day: 12 })).toEqual({ first: dayNumber(1985, 3, 12), last: dayNumber(1985, 3, 12) });
  });

  // dayRange remembers its last answers by the date object: asking about many dates in turn, and the
  // same ones again, must always give each date its own range.
  it('answers each date by its own value when many dates are asked about in turn', () => {
    const dates = Array.from({ length: 12 }, (_, index) => (index % 3 === 0 ? { year: 1980 + index } : index % 3 === 1 ? { year: 1980 + index, month: 2 } : { year: 1980 + index, month: 2, day: 28 }));
    const expected = dates.map((date) => {
      const month = date.month ?? 1;
      const lastMonth = date.month ?? 12;
      const lastDay = 'day' in date ? date.day : new Date(Date.UTC(date.year, lastMonth, 0)).getUTCDate();
      return { first: dayNumber(date.year, month, 'day' in date ? date.day : 1), last: dayNumber(date.year, lastMonth, lastDay) };
    });
    for (const order of [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [11, 0, 11, 1, 11, 2, 5, 5, 9, 0, 3, 7]]) {
      for (const index of order) expect(dayRange(dates[index] ?? { year: 0 })).toEqual(expected[index]);
    }
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
