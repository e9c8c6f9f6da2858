import { describe, expect, it } from '@jest/globals';
import { unpaidRuns } from './duesMonths';
import { endedMonths } from './endedMonths';

describe('endedMonths', () => {
  it('counts the months over by the as-of date', () => {
    expect(endedMonths({ year: 2026, month: 11, day: 22 })).toBe(10);
    expect(endedMonths({ year: 2026, month: 11, day: 30 })).toBe(11);
    expect(endedMonths({ year: 2026, month: 12, day: 31 })).toBe(12);
    expect(endedMonths({ year: 2026, month: 1, day: 15 })).toBe(0);
    expect(endedMonths({ year: 2024, month: 2, day: 29 })).toBe(2);
  });
});

describe('unpaidRuns', () => {
  it('finds runs of unpaid months, broken by paid or unknown ones', () => {
    expect(unpaidRuns(['paid', 'unpaid', 'unpaid', 'unknown', 'unpaid'])).toEqual([
      { from: 2, to: 3 },
      { from: 5, to: 5 },
    ]);
    expect(unpaidRuns(['unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'paid'], 6)).toEqual([{ from: 1, to: 6 }]);
    expect(unpaidRuns(['paid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid'], 6)).toEqual([]);
  });
});
