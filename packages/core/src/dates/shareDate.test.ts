import { describe, expect, it } from '@jest/globals';
import { shareDate } from './shareDate';

describe('shareDate', () => {
  it('gives the same object for the same date at the same precision', () => {
    const first = shareDate({ year: 1985, month: 3, day: 12 });
    const again = shareDate({ year: 1985, month: 3, day: 12 });
    expect(again).toBe(first);
    expect(again).toEqual({ year: 1985, month: 3, day: 12 });
  });

  it('keeps dates of different precision apart', () => {
    const month = shareDate({ year: 1971, month: 7 });
    const year = shareDate({ year: 1971 });
    const day = shareDate({ year: 1971, month: 7, day: 1 });
    expect(month).toEqual({ year: 1971, month: 7 });
    expect(year).toEqual({ year: 1971 });
    expect(day).toEqual({ year: 1971, month: 7, day: 1 });
    expect(shareDate({ year: 1971, month: 7 })).toBe(month);
  });

  it('passes through what it cannot key', () => {
    const odd = { year: 1985.5, month: 3 };
    expect(shareDate(odd)).toBe(odd);
    const dayWithoutMonth = { year: 1985, day: 3 };
    expect(shareDate(dayWithoutMonth)).toBe(dayWithoutMonth);
  });
});
