import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { possibleRepeats } from './possibleRepeats';
import { textHash } from './textHash';

describe('possibleRepeats', () => {
  it('gives every position whose hash comes again, in order, and never a row with nothing to compare', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.constantFrom(7, 2 ** 31, Number.NaN)), { maxLength: 300 }), (values) => {
        const hashes = Float64Array.from(values);
        const positions = possibleRepeats(hashes);
        const counts = new Map<number, number>();
        for (const hash of values) if (!Number.isNaN(hash)) counts.set(hash, (counts.get(hash) ?? 0) + 1);
        const repeats = values.flatMap((hash, position) => ((counts.get(hash) ?? 0) > 1 ? [position] : []));
        expect(positions.filter((position) => repeats.includes(position))).toEqual(repeats);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        expect(positions.every((position) => !Number.isNaN(values[position]))).toBe(true);
      }),
    );
  });

  it('lets only a few rows of distinct values through, on a sheet of 100,000', () => {
    const hashes = Float64Array.from({ length: 100_000 }, (_, index) => textHash(`43070219800520${String(index).padStart(4, '0')}`));
    expect(possibleRepeats(hashes).length).toBeLessThan(100_000 * 0.05);
  });

  it('gives nothing for an empty sheet', () => {
    expect(possibleRepeats(new Float64Array(0))).toEqual([]);
  });
});
