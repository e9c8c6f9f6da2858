import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkCharacterOf, idCheckCharacter } from './idCheckCharacter';

describe('idCheckCharacter', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['37010119010203997', '3'],
    ['51010519930731532', '1'],
    ['35051419930513051', '6'],
    ['13050319670401001', '6'],
    // Σ = 0 → Y = 0 → '1'
    ['00000000000000000', '1'],
  ])('%s → %s', (first17, check) => {
    expect(idCheckCharacter(first17)).toBe(check);
  });

  it.each(['1101051949123100', '110105194912310021', '1101051949123100X', '１１０１０５１９４９１２３１００２', ''])(
    '%j throws',
    (first17) => {
      expect(() => idCheckCharacter(first17)).toThrow(RangeError);
    },
  );

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.nat(16), fc.integer({ min: 1, max: 9 }), (first17, position, shift) => {
        const digit = (Number(first17.charAt(position)) + shift) % 10;
        const typo = first17.slice(0, position) + String(digit) + first17.slice(position + 1);
        expect(idCheckCharacter(typo)).not.toBe(idCheckCharacter(first17));
      }),
    );
  });
});

describe('checkCharacterOf', () => {
  it('reads only the first 17 characters, so a whole number is checked as it stands', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.stringMatching(/^[\dX]$/), (first17, last) => {
        expect(checkCharacterOf(first17 + last)).toBe(idCheckCharacter(first17));
      }),
    );
  });

  it.each(['1101051949123100', '1101051949123100X2', '１１０１０５１９４９１２３１００２', '11010519491231 02', ''])('has none for %j, whose first 17 are not all digits', (text) => {
    expect(checkCharacterOf(text)).toBeUndefined();
  });
});
