import { describe, expect, it } from '@jest/globals';
import type { PartialDate } from '../dates/PartialDate';
import { joinPeriods } from './joinPeriods';
import { periodOf } from './periodOf';

const before1949 = '新中国成立前';
const to1978 = '新中国成立后至党的十一届三中全会前';
const to2012 = '十一届三中全会后至党的十八大前';
const since2012 = '党的十八大以来';

describe('periodOf with the 2021公报 入党时间 periods', () => {
  it.each<[PartialDate, string]>([
    [{ year: 1921, month: 7 }, before1949],
    [{ year: 1949, month: 9, day: 30 }, before1949],
    [{ year: 1949, month: 10, day: 1 }, to1978],
    [{ year: 1949, month: 10 }, to1978],
    [{ year: 1949 }, to1978],
    [{ year: 1978, month: 12, day: 21 }, to1978],
    [{ year: 1978, month: 12, day: 22 }, to2012],
    [{ year: 1978, month: 12 }, to2012],
    [{ year: 2012, month: 11, day: 7 }, to2012],
    [{ year: 2012, month: 11, day: 8 }, since2012],
    [{ year: 2012, month: 11 }, since2012],
    [{ year: 2024, month: 7, day: 1 }, since2012],
  ])('%j → %s (a partial date counts as its last day)', (date, label) => {
    expect(periodOf(date, joinPeriods).label).toBe(label);
  });

  it('rejects a later period without a start and a date before a bounded first period', () => {
    expect(() => periodOf({ year: 2000 }, [{ label: 'a' }, { label: 'b' }])).toThrow(/"b" needs a start date/);
    expect(() => periodOf({ year: 1900 }, joinPeriods.slice(1))).toThrow(/below the first band/);
  });
});
