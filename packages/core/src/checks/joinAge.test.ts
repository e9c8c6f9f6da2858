import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { joinAge } from './joinAge';

describe('joinAge', () => {
  it('accepts joining on the 18th birthday', () => {
    expect(joinAge(rowContext({ birthDate: { year: 1990, month: 6, day: 15 }, joinDate: { year: 2008, month: 6, day: 15 } }))).toEqual([]);
  });
  it('flags joining the day before', () => {
    expect(joinAge(rowContext({ birthDate: { year: 1990, month: 6, day: 15 }, joinDate: { year: 2008, month: 6, day: 14 } }))).toEqual([
      { code: 'age.joinUnder18', params: { age: 17 }, field: 'joinDate', rowIndex: 4, severity: 'error' },
    ]);
  });
  it('gives month-precision dates the benefit of the doubt', () => {
    expect(joinAge(rowContext({ birthDate: { year: 1990, month: 6 }, joinDate: { year: 2008, month: 6 } }))).toEqual([]);
    expect(joinAge(rowContext({ birthDate: { year: 1990, month: 7 }, joinDate: { year: 2008, month: 6 } }))).toHaveLength(1);
  });
});
