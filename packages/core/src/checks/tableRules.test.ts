import { describe, expect, it } from '@jest/globals';
import { rosterTemplate } from '../templates/roster';
import { rowContext } from '../testing/rowContext';
import type { RowContext } from '../templates/Template';
import { samePersonDifferentIds } from './samePersonDifferentIds';
import { uniqueFields } from './uniqueFields';

const at = (rowIndex: number, row: RowContext): RowContext => ({ ...row, rowIndex });
const table = (rows: RowContext[]) => ({ rows, asOf: { year: 2026, month: 11, day: 22 }, rowNumber: (index: number) => index + 1 });

describe('uniqueFields', () => {
  it('names the first row on every later repeat of a 公民身份号码', () => {
    const rows = [
      at(2, rowContext({ idNumber: '11010519491231002X' })),
      at(3, rowContext({ idNumber: '440524188001010014' })),
      at(5, rowContext({ idNumber: '11010519491231002X' })),
      at(7, rowContext({ idNumber: '11010519491231002X' })),
    ];
    expect(uniqueFields(rosterTemplate.fields, table(rows))).toEqual([
      { code: 'duplicate.id', params: { firstRow: 3 }, field: 'idNumber', rowIndex: 5, severity: 'error' },
      { code: 'duplicate.id', params: { firstRow: 3 }, field: 'idNumber', rowIndex: 7, severity: 'error' },
    ]);
  });
});

describe('samePersonDifferentIds', () => {
  it('warns when a name and birth date come back under another ID', () => {
    const birthDate = { year: 1985, month: 3, day: 12 };
    const rows = [
      at(2, rowContext({ name: '张伟', birthDate, idNumber: '430702198503120010' })),
      at(6, rowContext({ name: '张伟', birthDate, idNumber: '430702198503120037' })),
      at(8, rowContext({ name: '张伟', birthDate: { year: 1985, month: 3 }, idNumber: '430702198503120037' })),
    ];
    expect(samePersonDifferentIds(table(rows))).toEqual([
      { code: 'duplicate.person', params: { firstRow: 3 }, field: 'idNumber', rowIndex: 6, severity: 'warning' },
    ]);
  });
});
