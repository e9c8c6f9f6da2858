import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { idMatchesSex } from './idMatchesSex';

describe('idMatchesSex', () => {
  it('accepts the sex the 17th digit gives', () => {
    expect(idMatchesSex(rowContext({ idNumber: '11010519491231002X', sex: '女' }))).toEqual([]);
    expect(idMatchesSex(rowContext({ idNumber: '440524188001010014', sex: '男' }))).toEqual([]);
  });
  it('flags 性别 when it contradicts the ID', () => {
    expect(idMatchesSex(rowContext({ idNumber: '11010519491231002X', sex: '男' }))).toEqual([
      { code: 'id.sexMismatch', params: { idSex: '女', sex: '男' }, field: 'sex', rowIndex: 4, severity: 'error' },
    ]);
  });
  it('says nothing when either field is missing or already wrong', () => {
    expect(idMatchesSex(rowContext({ idNumber: '11010519491231002X' }))).toEqual([]);
    expect(idMatchesSex(rowContext({ idNumber: '11010519491231002X', sex: '男' }, { invalid: ['idNumber'] }))).toEqual([]);
  });
});
