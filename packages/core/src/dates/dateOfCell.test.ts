import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CellValue } from '../grid/Grid';
import { dateOfCell } from './dateOfCell';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constantFrom('#N/A', '#REF!', '#VALUE!').map((code): CellValue => ({ kind: 'error', code })),
);

describe('dateOfCell', () => {
  it.each<[CellValue, ReturnType<typeof dateOfCell>]>([
    [31118, { year: 1985, month: 3, day: 12 }],
    [43499.604166, { year: 2019, month: 2, day: 3 }],
    [1, { year: 1900, month: 1, day: 1 }],
    [new Date(Date.UTC(1985, 2, 12)), { year: 1985, month: 3, day: 12 }],
    [new Date('2019-02-03T14:30:00Z'), { year: 2019, month: 2, day: 3 }],
    [new Date('1950-06-30T23:59:59.999Z'), { year: 1950, month: 6, day: 30 }],
    [new Date(Date.UTC(1899, 11, 31)), { year: 1899, month: 12, day: 31 }],
    ['1985.03', { year: 1985, month: 3 }],
    ['2019/2/3  14:30', { year: 2019, month: 2, day: 3 }],
    ['19850312', { year: 1985, month: 3, day: 12 }],
    ['198503', { year: 1985, month: 3 }],
    ['1985', { year: 1985 }],
  ])('%p → %j', (value, expected) => {
    expect(dateOfCell(value)).toEqual(expected);
  });

  it('reads serials in the 1904 system', () => {
    expect(dateOfCell(29656, 1904)).toEqual({ year: 1985, month: 3, day: 12 });
    expect(dateOfCell(new Date(Date.UTC(1985, 2, 12)), 1904)).toEqual({ year: 1985, month: 3, day: 12 });
  });

  it.each<CellValue>([
    null,
    true,
    false,
    { kind: 'error', code: '#N/A' },
    '',
    '31120',
    '43499',
    '不详',
    0,
    0.5,
    -31118,
    60,
    2958466,
    19851332,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    new Date(Number.NaN),
  ])('%p is no date', (value) => {
    expect(dateOfCell(value)).toBeUndefined();
  });

  it.each([
    [19850312, { year: 1985, month: 3, day: 12 }],
    [1985.03, { year: 1985, month: 3 }],
    [1985, { year: 1985 }],
  ])('reads the number %p as the date typed', (value, date) => {
    expect(dateOfCell(value)).toEqual(date);
  });

  it('never throws on any cell value, in either date system', () => {
    fc.assert(
      fc.property(cellValue, fc.constantFrom<1900 | 1904>(1900, 1904), (value, system) => {
        const found = dateOfCell(value, system);
        if (found !== undefined) expect(Number.isInteger(found.year)).toBe(true);
      }),
    );
  });
});
