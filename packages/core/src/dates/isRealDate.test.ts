import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { daysInMonth, isLeapYear, isRealDate } from './isRealDate';

describe('isLeapYear', () => {
  it.each([
    [1900, false],
    [1985, false],
    [1996, true],
    [2000, true],
    [2023, false],
    [2024, true],
    [2100, false],
  ])('%i → %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});

describe('daysInMonth', () => {
  it.each([
    [1985, 1, 31],
    [1985, 2, 28],
    [2000, 2, 29],
    [1900, 2, 28],
    [1985, 4, 30],
    [1985, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('throws on a month that does not exist', () => {
    expect(() => daysInMonth(1985, 13)).toThrow(RangeError);
    expect(() => daysInMonth(1985, 0)).toThrow(RangeError);
    expect(() => daysInMonth(1985, 1.5)).toThrow(RangeError);
  });
});

describe('isRealDate', () => {
  it.each([
    [1985, 3, 12, true],
    [1949, 12, 31, true],
    [2000, 2, 29, true],
    [1985, 2, 29, false],
    [1900, 2, 29, false],
    [1985, 2, 30, false],
    [1995, 2, 31, false],
    [1985, 4, 31, false],
    [1949, 13, 31, false],
    [1985, 0, 1, false],
    [1985, 1, 0, false],
    [1985, 1, 1.5, false],
    [Number.NaN, 1, 1, false],
  ])('%d-%d-%d → %s', (year, month, day, real) => {
    expect(isRealDate(year, month, day)).toBe(real);
  });

  it('never throws and agrees with the JS calendar', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1000, max: 3000 }), fc.double()), fc.double(), fc.double(), (y, m, d) => {
        expect(typeof isRealDate(y, m, d)).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 3000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 }), (y, m, d) => {
        const utc = new Date(Date.UTC(y, m - 1, d));
        const roundTrips = utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
        expect(isRealDate(y, m, d)).toBe(roundTrips);
      }),
    );
  });
});
