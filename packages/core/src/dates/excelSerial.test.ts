import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fromExcelSerial, toExcelSerial } from './excelSerial';

describe('fromExcelSerial / toExcelSerial (1900 system)', () => {
  it.each([
    [1, 1900, 1, 1],
    [59, 1900, 2, 28],
    [61, 1900, 3, 1],
    [31118, 1985, 3, 12],
    [36526, 2000, 1, 1],
    [42314, 2015, 11, 6],
    [43260, 2018, 6, 9],
    [43499, 2019, 2, 3],
    [2958465, 9999, 12, 31],
  ])('serial %i is %i-%i-%i', (serial, year, month, day) => {
    expect(fromExcelSerial(serial)).toEqual({ year, month, day });
    expect(toExcelSerial({ year, month, day })).toBe(serial);
  });

  it('ignores the time of day', () => {
    expect(fromExcelSerial(43499.604166)).toEqual({ year: 2019, month: 2, day: 3 });
    expect(fromExcelSerial(43499.99999)).toEqual({ year: 2019, month: 2, day: 3 });
  });

  it.each([0, 0.5, -1, 60, 60.5, 2958466, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'serial %d is no date',
    (serial) => {
      expect(fromExcelSerial(serial)).toBeUndefined();
    },
  );
});

describe('fromExcelSerial / toExcelSerial (1904 system)', () => {
  it.each([
    [0, 1904, 1, 1],
    [1, 1904, 1, 2],
    [29656, 1985, 3, 12],
    [2957003, 9999, 12, 31],
  ])('serial %i is %i-%i-%i', (serial, year, month, day) => {
    expect(fromExcelSerial(serial, 1904)).toEqual({ year, month, day });
    expect(toExcelSerial({ year, month, day }, 1904)).toBe(serial);
  });

  it('has no phantom leap day and nothing before 1904 or after 9999', () => {
    expect(fromExcelSerial(60, 1904)).toEqual({ year: 1904, month: 3, day: 1 });
    expect(fromExcelSerial(-1, 1904)).toBeUndefined();
    expect(fromExcelSerial(-0, 1904)).toEqual({ year: 1904, month: 1, day: 1 });
    expect(fromExcelSerial(2957004, 1904)).toBeUndefined();
  });
});

describe('toExcelSerial misuse', () => {
  it.each([
    [{ year: 1985, month: 3 }, 1900],
    [{ year: 1985 }, 1900],
    [{ year: 1985, month: 2, day: 30 }, 1900],
    [{ year: 1899, month: 12, day: 31 }, 1900],
    [{ year: 1900, month: 2, day: 29 }, 1900],
    [{ year: 1903, month: 12, day: 31 }, 1904],
    [{ year: 10000, month: 1, day: 1 }, 1900],
  ] as const)('%j in the %i system throws', (date, system) => {
    expect(() => toExcelSerial(date, system)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const systems = fc.constantFrom<1900 | 1904>(1900, 1904);

  it('never throws on any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer({ min: -10, max: 3_000_000 })), systems, (serial, system) => {
        const date = fromExcelSerial(serial, system);
        // + 0 turns the -0 of Math.floor(-0) into the 0 a serial comes back as.
        if (date !== undefined) expect(toExcelSerial(date, system)).toBe(Math.floor(serial) + 0);
      }),
    );
  });

  it('round-trips every serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_958_465 }), systems, (serial, system) => {
        const date = fromExcelSerial(serial, system);
        const expectedNone = system === 1900 ? serial === 0 || serial === 60 : serial > 2_957_003;
        expect(date === undefined).toBe(expectedNone);
        if (date !== undefined) expect(toExcelSerial(date, system)).toBe(serial);
      }),
    );
  });

  it('1904 serials are 1462 days behind 1900 serials', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_957_003 }), (serial) => {
        expect(fromExcelSerial(serial, 1904)).toEqual(fromExcelSerial(serial + 1462, 1900));
      }),
    );
  });
});
