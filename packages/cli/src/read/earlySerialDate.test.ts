import { describe, expect, it } from '@jest/globals';
import { earlySerialDate } from './earlySerialDate';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('earlySerialDate', () => {
  // ExcelJS's excelToDate(serial) for the serials Excel shows as 1900-01-01, 1900-02-28 and 1900-02-29.
  it.each<[string, Date, number]>([
    ['serial 1 (Excel: 1900-01-01)', utc(1899, 12, 31), 1],
    ['serial 59 (Excel: 1900-02-28)', utc(1900, 2, 27), 59],
    ['serial 60 (Excel: the phantom 1900-02-29)', utc(1900, 2, 28), 60],
    ['serial 0 (Excel: 1900-01-00)', utc(1899, 12, 30), 0],
  ])('gives back %s', (_case, date, serial) => {
    expect(earlySerialDate(date)).toBe(serial);
  });

  it('keeps the time of day as the fraction', () => {
    expect(earlySerialDate(new Date(Date.UTC(1900, 0, 1, 12)))).toBe(2.5);
  });

  it('leaves dates from 1900-03-01 on, and anything not a date, as they are', () => {
    const first = utc(1900, 3, 1);
    expect(earlySerialDate(first)).toBe(first);
    expect(earlySerialDate(59)).toBe(59);
    expect(earlySerialDate('1899.12')).toBe('1899.12');
    expect(earlySerialDate(null)).toBeNull();
  });
});
