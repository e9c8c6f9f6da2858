import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { dateOrder } from './dateOrder';

const signedUpBeforeService = dateOrder({ id: 'signUpDate', label: '报名日期' }, 'serviceDate');

describe('dateOrder', () => {
  it('accepts the later date and the same day', () => {
    expect(signedUpBeforeService(rowContext({ signUpDate: { year: 2025, month: 3, day: 1 }, serviceDate: { year: 2025, month: 3, day: 5 } }))).toEqual([]);
    expect(signedUpBeforeService(rowContext({ signUpDate: { year: 2025, month: 3, day: 5 }, serviceDate: { year: 2025, month: 3, day: 5 } }))).toEqual([]);
  });

  it('flags a date before the one it must follow, on the later field', () => {
    expect(signedUpBeforeService(rowContext({ signUpDate: { year: 2025, month: 3, day: 5 }, serviceDate: { year: 2025, month: 3, day: 4 } }))).toEqual([
      {
        code: 'date.order',
        params: { earlier: '报名日期', earlierDate: '2025-03-05', date: '2025-03-04' },
        field: 'serviceDate',
        rowIndex: 4,
        severity: 'error',
      },
    ]);
  });

  it('gives month-precision dates the benefit of the doubt', () => {
    expect(signedUpBeforeService(rowContext({ signUpDate: { year: 2025, month: 3, day: 20 }, serviceDate: { year: 2025, month: 3 } }))).toEqual([]);
    expect(signedUpBeforeService(rowContext({ signUpDate: { year: 2025, month: 4 }, serviceDate: { year: 2025, month: 3, day: 31 } }))).toHaveLength(1);
  });

  it('stays quiet when either date is missing or already in error', () => {
    expect(signedUpBeforeService(rowContext({ serviceDate: { year: 2025, month: 3, day: 4 } }))).toEqual([]);
    expect(
      signedUpBeforeService(rowContext({ signUpDate: { year: 2025, month: 3, day: 5 }, serviceDate: { year: 2025, month: 3, day: 4 } }, { invalid: ['signUpDate'] })),
    ).toEqual([]);
  });
});
