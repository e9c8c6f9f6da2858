import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { maskIdNumber } from './maskIdNumber';

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110105********002X'],
    ['130503670401001', '130**********01'],
    ['1101051949123100', '110***********00'],
    ['11010519491231002XX', '110**************XX'],
    ['11010519491231', '110***********'],
    ['110105', '110***'],
    ['12345', '*****'],
    ['', ''],
  ])('%j → %j', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('never shows a birth segment and keeps the length', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d)\d{2,6}$/), (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(id.length);
        expect(masked).not.toContain(id.slice(6, 14));
        expect(masked.slice(6, 14)).toBe('********');
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (id) => {
        expect(Array.from(maskIdNumber(id))).toHaveLength(Array.from(id).length);
      }),
    );
  });
});
