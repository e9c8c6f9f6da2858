import { describe, expect, it } from '@jest/globals';
import { dayNumber } from '../dates/dateMath';
import { sharedDay } from '../dates/sharedDates';
import { sampleId } from '../testing/sampleId';
import { birthDayOfId, birthOfId, withBirthDateFromId } from './birthOfId';

describe('birthOfId and birthDayOfId', () => {
  it('read the 出生日期码, as the shared day and as its day number', () => {
    const id = sampleId('19850312', '男');
    expect(birthOfId(id)).toEqual({ year: 1985, month: 3, day: 12 });
    expect(birthOfId(id)).toBe(sharedDay(dayNumber(1985, 3, 12)));
    expect(birthDayOfId(id)).toBe(dayNumber(1985, 3, 12));
    expect(birthDayOfId(sampleId('20000229', '女'))).toBe(dayNumber(2000, 2, 29));
  });
});

describe('withBirthDateFromId', () => {
  const id = sampleId('19850312', '女');

  it('fills a missing 出生日期 from a sound ID', () => {
    expect(withBirthDateFromId({ idNumber: id }, new Set())).toEqual({ idNumber: id, birthDate: { year: 1985, month: 3, day: 12 } });
  });

  it('leaves a stated 出生日期, and any row whose ID or 出生日期 is in error, as it is', () => {
    const stated = { idNumber: id, birthDate: { year: 1985, month: 3 } };
    expect(withBirthDateFromId(stated, new Set())).toBe(stated);
    const values = { idNumber: id };
    expect(withBirthDateFromId(values, new Set(['idNumber']))).toBe(values);
    expect(withBirthDateFromId(values, new Set(['birthDate']))).toBe(values);
  });
});
