import { describe, expect, it } from '@jest/globals';
import { calendarDayOf, dayNumber } from './dateMath';
import { sharedDay, sharedMonth } from './sharedDates';

describe('sharedDay', () => {
  it('gives the calendar day of a day number, the same object each time', () => {
    const day = dayNumber(1985, 3, 12);
    expect(sharedDay(day)).toEqual({ year: 1985, month: 3, day: 12 });
    expect(sharedDay(day)).toBe(sharedDay(day));
    expect(sharedDay(day + 1)).toEqual({ year: 1985, month: 3, day: 13 });
  });

  it('agrees with calendarDayOf on the edges of the shared range and beyond', () => {
    for (const day of [dayNumber(1899, 12, 31), dayNumber(1900, 1, 1), dayNumber(2100, 12, 31), dayNumber(2101, 1, 1), dayNumber(1600, 2, 29), -1, 0]) {
      expect(sharedDay(day)).toEqual(calendarDayOf(day));
    }
  });
});

describe('sharedMonth', () => {
  it('gives a month-precision date, the same object each time within 1800–2200', () => {
    expect(sharedMonth(1985, 3)).toEqual({ year: 1985, month: 3 });
    expect(sharedMonth(1985, 3)).toBe(sharedMonth(1985, 3));
    expect(sharedMonth(1985, 4)).not.toBe(sharedMonth(1985, 3));
    expect(sharedMonth(2201, 1)).toEqual({ year: 2201, month: 1 });
    expect(sharedMonth(1985, 13)).toEqual({ year: 1985, month: 13 });
  });
});
