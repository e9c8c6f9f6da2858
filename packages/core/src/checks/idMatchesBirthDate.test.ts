import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { idMatchesBirthDate } from './idMatchesBirthDate';

describe('idMatchesBirthDate', () => {
  const id = '11010519491231002X';
  it('accepts the same day, or a month-precision date containing it', () => {
    expect(idMatchesBirthDate(rowContext({ idNumber: id, birthDate: { year: 1949, month: 12, day: 31 } }))).toEqual([]);
    expect(idMatchesBirthDate(rowContext({ idNumber: id, birthDate: { year: 1949, month: 12 } }))).toEqual([]);
  });
  it('flags a 出生日期 that disagrees with the ID', () => {
    expect(idMatchesBirthDate(rowContext({ idNumber: id, birthDate: { year: 1950, month: 1 } }))).toEqual([
      { code: 'id.birthMismatch', params: { idBirth: '1949-12-31', birth: '1950-01' }, field: 'birthDate', rowIndex: 4, severity: 'error' },
    ]);
  });
  it('does not compare a birth date derived from the ID itself', () => {
    expect(idMatchesBirthDate(rowContext({ idNumber: id, birthDate: { year: 1950, month: 1 } }, { mapped: ['idNumber'] }))).toEqual([]);
  });
});
