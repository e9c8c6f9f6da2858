import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { asDate, asNumber, asText, soundValues } from './rowValues';

describe('soundValues', () => {
  it("gives a row without errors its own values, as they are", () => {
    const row = rowContext({ name: '张伟', joinDate: { year: 2010, month: 7 } });
    expect(soundValues(row)).toBe(row.values);
  });

  it('leaves out the fields in error, and only from what it gives', () => {
    const row = rowContext({ name: '张伟', sex: '女', joinDate: { year: 2010, month: 7 } }, { invalid: ['sex', 'joinDate'] });
    const sound = soundValues(row);
    expect(sound).toEqual({ name: '张伟', sex: undefined, joinDate: undefined });
    expect(row.values).toEqual({ name: '张伟', sex: '女', joinDate: { year: 2010, month: 7 } });
  });
});

describe('asDate, asText and asNumber', () => {
  it('take a value only of their own kind', () => {
    const date = { year: 1985, month: 3, day: 12 };
    expect([asDate(date), asDate('1985-03-12'), asDate(31118), asDate(undefined)]).toEqual([date, undefined, undefined, undefined]);
    expect([asText('正式党员'), asText(3), asText(date)]).toEqual(['正式党员', undefined, undefined]);
    expect([asNumber(0), asNumber('0'), asNumber(true)]).toEqual([0, undefined, undefined]);
  });
});
