import { describe, expect, it } from '@jest/globals';
import { share } from './share';

describe('share', () => {
  it('is the unrounded fraction', () => {
    expect(share(3, 12)).toBe(0.25);
    expect(share(1, 3)).toBeCloseTo(0.3333333, 6);
    expect(share(12, 12)).toBe(1);
  });

  it('takes 0 of 0 as 0', () => {
    expect(share(0, 0)).toBe(0);
  });

  it('throws on a share of nothing, a part above the whole, or negative or non-finite counts', () => {
    expect(() => share(1, 0)).toThrow(/part 1 exceeds whole 0/);
    expect(() => share(5, 4)).toThrow(/exceeds/);
    expect(() => share(-1, 4)).toThrow(/non-negative/);
    expect(() => share(Number.NaN, 4)).toThrow(/finite/);
  });
});
