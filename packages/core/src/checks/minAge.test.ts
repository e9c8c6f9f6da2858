import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { minAge } from './minAge';

describe('minAge', () => {
  const adultAtService = minAge('birthDate', 'serviceDate', 18);

  it('accepts the 18th birthday and flags the day before', () => {
    expect(adultAtService(rowContext({ birthDate: { year: 2007, month: 5, day: 20 }, serviceDate: { year: 2025, month: 5, day: 20 } }))).toEqual([]);
    expect(adultAtService(rowContext({ birthDate: { year: 2007, month: 5, day: 20 }, serviceDate: { year: 2025, month: 5, day: 19 } }))).toEqual([
      { code: 'age.under', params: { age: 17, years: 18 }, field: 'serviceDate', rowIndex: 4, severity: 'error' },
    ]);
  });

  it('reads the birth date from an ID number field', () => {
    // 34112220090615xxxx: born 2009-06-15, so 15 on 2025-03-01.
    const rule = minAge('idNumber', 'serviceDate', 16);
    expect(rule(rowContext({ idNumber: '341122200906150014', serviceDate: { year: 2025, month: 3, day: 1 } }))).toEqual([
      { code: 'age.under', params: { age: 15, years: 16 }, field: 'serviceDate', rowIndex: 4, severity: 'error' },
    ]);
    expect(rule(rowContext({ idNumber: '341122200906150014', serviceDate: { year: 2025, month: 6, day: 15 } }))).toEqual([]);
  });

  it('gives month-precision dates the benefit of the doubt', () => {
    expect(adultAtService(rowContext({ birthDate: { year: 2007, month: 5 }, serviceDate: { year: 2025, month: 5 } }))).toEqual([]);
  });

  it('stays quiet when a date is missing or already in error', () => {
    expect(adultAtService(rowContext({ serviceDate: { year: 2025, month: 5, day: 19 } }))).toEqual([]);
    expect(
      adultAtService(rowContext({ birthDate: { year: 2010, month: 1, day: 1 }, serviceDate: { year: 2025, month: 5, day: 19 } }, { invalid: ['birthDate'] })),
    ).toEqual([]);
  });
});
