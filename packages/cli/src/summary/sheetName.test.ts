import { describe, expect, it } from '@jest/globals';
import { sheetName } from './sheetName';

describe('sheetName', () => {
  it('keeps a plain name and numbers the repeats', () => {
    const taken = new Set<string>();
    expect(sheetName('汇总', taken)).toBe('汇总');
    expect(sheetName('汇总', taken)).toBe('汇总2');
    expect(sheetName('汇总', taken)).toBe('汇总3');
  });

  it('replaces characters Excel forbids and keeps to 31 characters with the suffix', () => {
    const taken = new Set<string>();
    expect(sheetName('2024/12 [汇总]', taken)).toBe('2024 12  汇总');
    const long = '某某县机关工委所属各基层党组织党员情况统计汇总表格一二三四五六七';
    expect(sheetName(long, taken)).toHaveLength(31);
    expect(sheetName(long, taken)).toBe(`${long.slice(0, 30)}2`);
    expect(sheetName("'", taken)).toBe('Sheet');
  });

  it('compares without case', () => {
    const taken = new Set<string>(['sheet']);
    expect(sheetName('Sheet', taken)).toBe('Sheet2');
  });
});
