import { describe, expect, it } from '@jest/globals';
import { ageBands } from './ageBands';
import { bandOf } from './bandOf';
import { partyYearBands } from './partyYearBands';

describe('bandOf', () => {
  it.each([
    [0, '30岁及以下'],
    [30, '30岁及以下'],
    [31, '31至35岁'],
    [35, '31至35岁'],
    [36, '36至40岁'],
    [45, '41至45岁'],
    [46, '46至50岁'],
    [55, '51至55岁'],
    [60, '56至60岁'],
    [61, '61岁及以上'],
    [103, '61岁及以上'],
  ])('age %d → %s (lower bounds inclusive)', (age, label) => {
    expect(bandOf(age, ageBands).label).toBe(label);
  });

  it.each([
    [0, '不满5年'],
    [4, '不满5年'],
    [5, '5至9年'],
    [9, '5至9年'],
    [10, '10至19年'],
    [29, '20至29年'],
    [49, '40至49年'],
    [50, '50年及以上'],
  ])('党龄 %d → %s', (years, label) => {
    expect(bandOf(years, partyYearBands).label).toBe(label);
  });

  it('rejects misuse: no bands, bands out of order, NaN, a value below the first band', () => {
    expect(() => bandOf(3, [])).toThrow(/at least one band/);
    expect(() => bandOf(3, [{ label: 'a', min: 0 }, { label: 'b', min: 0 }])).toThrow(/"b" does not start above "a"/);
    expect(() => bandOf(Number.NaN, ageBands)).toThrow(/NaN/);
    expect(() => bandOf(-1, ageBands)).toThrow(/below the first band "30岁及以下"/);
  });
});
