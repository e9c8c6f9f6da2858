import { describe, expect, it } from '@jest/globals';
import { countBy } from './countBy';

describe('countBy', () => {
  it('counts each key, keys in order of first appearance', () => {
    const counts = countBy(['女', '男', '女', '女', '男', '女'], (sex) => sex);
    expect([...counts]).toEqual([
      ['女', 4],
      ['男', 2],
    ]);
  });

  it('gives an empty map for no items', () => {
    expect(countBy([], (x: string) => x).size).toBe(0);
  });
});
