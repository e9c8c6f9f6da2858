import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { packIdNumber } from './packIdNumber';

describe('packIdNumber', () => {
  it('keeps 地址码, 出生日期码 and 顺序码 readable in one exact number', () => {
    expect(packIdNumber('11010519491231002X')).toBe(725_399_002_110_105);
    expect(packIdNumber('430702198503120010')).toBe(packIdNumber('430702198503120019'));
  });

  it('stays exact for the largest 出生日期码 a number can hold', () => {
    const largest = packIdNumber('999999999912319999');
    expect(Number.isSafeInteger(largest)).toBe(true);
    expect(largest).toBe(((9999 * 12 + 11) * 31 + 30) * 1e9 + 999 * 1e6 + 999_999);
  });

  it('gives two numbers one key exactly when their first 17 digits agree', () => {
    const idText = fc
      .tuple(fc.stringMatching(/^\d{6}$/), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.stringMatching(/^\d{3}$/), fc.constantFrom('0', '5', 'X'))
      .map(([region, year, month, day, sequence, check]) => `${region}${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${sequence}${check}`);
    fc.assert(
      fc.property(idText, idText, (a, b) => {
        expect(Number.isSafeInteger(packIdNumber(a))).toBe(true);
        expect(packIdNumber(a) === packIdNumber(b)).toBe(a.slice(0, 17) === b.slice(0, 17));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells apart numbers one digit apart, and not numbers differing only in the check character', () => {
    const base = '430702198503120010';
    fc.assert(
      fc.property(fc.nat(16), fc.integer({ min: 1, max: 9 }), fc.constantFrom('1', '7', 'X'), (position, shift, check) => {
        const digit = String((Number(base.charAt(position)) + shift) % 10);
        const typo = base.slice(0, position) + digit + base.slice(position + 1);
        const packed = packIdNumber(typo);
        if (!Number.isNaN(packed)) expect(packed).not.toBe(packIdNumber(base));
        expect(packIdNumber(base.slice(0, 17) + check)).toBe(packIdNumber(base));
      }),
    );
  });

  it.each(['11010519491231002', '1101051949123100211', '110105194913310021', '110105194912000021', '11010519491231００2X', '１10105194912310021', ''])('%j has no key', (text) => {
    expect(packIdNumber(text)).toBeNaN();
  });
});
