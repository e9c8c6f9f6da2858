import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { repeatedKeys } from './repeatedKeys';
import { textHash } from './textHash';

const byText = (text: string | undefined) => (text === undefined ? Number.NaN : textHash(text));

describe('repeatedKeys', () => {
  it('pairs every later item with the first of its key, in order, and leaves out items without a key', () => {
    const items = ['甲', undefined, '乙', '甲', '丙', '乙', undefined, '甲'];
    const positions = items.map((_, position) => position);
    const repeats = repeatedKeys(positions, (position) => byText(items[position]), (position) => items[position]);
    expect(repeats).toEqual([
      { first: 0, later: 3 },
      { first: 2, later: 5 },
      { first: 0, later: 7 },
    ]);
  });

  it('tells keys apart by their text when their hashes collide', () => {
    const repeats = repeatedKeys(['a', 'b', 'a', 'b'], () => 42, (text) => text);
    expect(repeats).toEqual([
      { first: 'a', later: 'a' },
      { first: 'b', later: 'b' },
    ]);
  });

  it('finds exactly the repeats a map of every key finds', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.constantFrom('430702198503120010', '11010519491231002X', '张伟', '李娜', ''), { nil: undefined }), { maxLength: 200 }), (keys) => {
        const positions = keys.map((_, position) => position);
        const expected: { first: number; later: number }[] = [];
        const firsts = new Map<string, number>();
        keys.forEach((key, position) => {
          if (key === undefined) return;
          const first = firsts.get(key);
          if (first === undefined) firsts.set(key, position);
          else expected.push({ first, later: position });
        });
        expect(repeatedKeys(positions, (position) => byText(keys[position]), (position) => keys[position])).toEqual(expected);
      }),
    );
  });
});
