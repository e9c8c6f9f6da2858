import { describe, expect, it } from '@jest/globals';
import { textHash } from './textHash';

describe('textHash', () => {
  it('gives the same text the same 32-bit hash, and the seed a say in it', () => {
    expect(textHash('张伟', 5_000)).toBe(textHash('张伟', 5_000));
    expect(textHash('张伟', 5_000)).not.toBe(textHash('张伟', 5_001));
    expect(textHash('张伟')).not.toBe(textHash('张玮'));
    for (const text of ['', '张伟', '430702198503120010']) {
      expect(Number.isInteger(textHash(text))).toBe(true);
      expect(textHash(text)).toBeGreaterThanOrEqual(0);
      expect(textHash(text)).toBeLessThan(2 ** 32);
    }
  });

  it('spreads 100,000 IDs that differ in their last digits over almost as many hashes', () => {
    const hashes = new Set(Array.from({ length: 100_000 }, (_, index) => textHash(`11010519491231${String(index).padStart(4, '0')}`)));
    expect(hashes.size).toBeGreaterThan(99_990);
  });
});
