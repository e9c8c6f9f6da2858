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

  it('names the first sound occurrence, passing over a row where the number is in error', () => {
    const id = '11010519491231002X';
    const rows = [
      at(2, rowContext({ idNumber: id }, { invalid: ['idNumber'] })),
      at(3, rowContext({ idNumber: '440524188001010014' })),
      at(4, rowContext({ idNumber: id })),
      at(5, rowContext({ idNumber: '440524188001010014' })),
      at(6, rowContext({ idNumber: id })),
    ];
    expect(uniqueFields(rosterTemplate.fields, table(rows))).toEqual([
      { code: 'duplicate.id', params: { firstRow: 4 }, field: 'idNumber', rowIndex: 5, severity: 'error' },
      { code: 'duplicate.id', params: { firstRow: 5 }, field: 'idNumber', rowIndex: 6, severity: 'error' },
    ]);
  });

  // Numbers are put into buckets by a hash of their text; the text itself decides in the end.
  it('tells numbers apart that share their first 17 digits, and compares numbers that do not pack as text', () => {
    const rows = [
      at(2, rowContext({ idNumber: '430702198503120010' })),
      at(3, rowContext({ idNumber: '430702198503120019' })),
      at(4, rowContext({ idNumber: '4307021985031200' })),
      at(5, rowContext({ idNumber: '430702198513120010' })),
      at(6, rowContext({ idNumber: '4307021985031200' })),
      at(7, rowContext({ idNumber: '430702198513120010' })),
      at(8, rowContext({ idNumber: '430702198503120019' })),
    ];
    expect(uniqueFields(rosterTemplate.fields, table(rows))).toEqual([
      { code: 'duplicate.id', params: { firstRow: 5 }, field: 'idNumber', rowIndex: 6, severity: 'error' },
      { code: 'duplicate.id', params: { firstRow: 6 }, field: 'idNumber', rowIndex: 7, severity: 'error' },
      { code: 'duplicate.id', params: { firstRow: 4 }, field: 'idNumber', rowIndex: 8, severity: 'error' },
    ]);
  });

  it('says nothing when every value is its own', () => {
    const rows = ['11010519491231002X', '440524188001010014', '430702198503120010'].map((idNumber, index) => at(index + 2, rowContext({ idNumber })));
    expect(uniqueFields(rosterTemplate.fields, table(rows))).toEqual([]);
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

  it('lists its warnings in sheet order whatever order the birth days come in', () => {
    const later = { year: 1990, month: 6, day: 1 };
    const earlier = { year: 1960, month: 2, day: 29 };
    const rows = [
      at(2, rowContext({ name: '李强', birthDate: later, idNumber: '430702199006010011' })),
      at(3, rowContext({ name: '王芳', birthDate: earlier, idNumber: '430702196002290021' })),
      at(4, rowContext({ name: '李强', birthDate: later, idNumber: '430702199006010038' })),
      at(5, rowContext({ name: '王芳', birthDate: earlier, idNumber: '430702196002290048' })),
      at(6, rowContext({ name: '王芳', birthDate: later, idNumber: '430702199006010046' })),
    ];
    expect(samePersonDifferentIds(table(rows))).toEqual([
      { code: 'duplicate.person', params: { firstRow: 3 }, field: 'idNumber', rowIndex: 4, severity: 'warning' },
      { code: 'duplicate.person', params: { firstRow: 4 }, field: 'idNumber', rowIndex: 5, severity: 'warning' },
    ]);
  });

  // A placeholder birth date typed for everyone puts a whole sheet on one day: the repeat is still found,
  // both among the first few people of that day and among hundreds.
  it('finds a repeated person on a day shared by hundreds of people', () => {
    const birthDate = { year: 1970, month: 1, day: 1 };
    const people = Array.from({ length: 300 }, (_, index) => at(index + 2, rowContext({ name: `成员${index}`, birthDate, idNumber: `11010519700101${String(index).padStart(4, '0')}` })));
    const rows = [
      ...people.slice(0, 10),
      at(400, rowContext({ name: '成员3', birthDate, idNumber: '430702197001010010' })),
      ...people.slice(10),
      at(500, rowContext({ name: '成员250', birthDate, idNumber: '430702197001010029' })),
      at(501, rowContext({ name: '成员250', birthDate, idNumber: '110105197001010250' })),
    ];
    expect(samePersonDifferentIds(table(rows))).toEqual([
      { code: 'duplicate.person', params: { firstRow: 6 }, field: 'idNumber', rowIndex: 400, severity: 'warning' },
      { code: 'duplicate.person', params: { firstRow: 253 }, field: 'idNumber', rowIndex: 500, severity: 'warning' },
    ]);
  });

  // Rows are grouped by a 28-bit hash of birth day and name: among 100,000 people born on one day some
  // certainly hash alike, and none of them may be taken for another, while real repeats are still found.
  it('takes nobody for another person when their birth day and name merely hash alike', () => {
    const birthDate = { year: 1980, month: 5, day: 20 };
    const people = Array.from({ length: 100_000 }, (_, index) => rowContext({ name: `党员${index}`, birthDate, idNumber: `43070219800520${String(index).padStart(4, '0')}` }));
    const rows = [
      ...people,
      rowContext({ name: '党员77777', birthDate, idNumber: '110105198005201234' }),
      rowContext({ name: '党员12', birthDate: { year: 1980, month: 5, day: 21 }, idNumber: '110105198005211234' }),
    ].map((row, index) => at(index, row));
    expect(samePersonDifferentIds(table(rows))).toEqual([
      { code: 'duplicate.person', params: { firstRow: 77_778 }, field: 'idNumber', rowIndex: 100_000, severity: 'warning' },
    ]);
  });
});
