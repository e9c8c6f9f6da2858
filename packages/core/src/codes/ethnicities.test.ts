import { describe, expect, it } from '@jest/globals';
import type { EnumOption } from '../templates/Template';
import { toHalfWidth } from '../text/toHalfWidth';
import { ETHNICITY_HAN, ethnicityOptions } from './ethnicities';

function canonicalOf(options: readonly EnumOption[], text: string): string | undefined {
  return options.find((option) => option.value === text || option.aliases?.includes(text) || option.synonyms?.includes(text))?.value;
}

const GB_3304_ORDER =
  '汉族 蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 ' +
  '佤族 畲族 高山族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 ' +
  '塔吉克族 怒族 乌孜别克族 俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族';

describe('ethnicityOptions', () => {
  const names = GB_3304_ORDER.split(' ');

  it('lists the 56 民族 in GB/T 3304 order, then 其他 and 外国血统中国籍人士', () => {
    expect(names).toHaveLength(56);
    expect(ethnicityOptions.map((option) => option.value)).toEqual([...names, '其他', '外国血统中国籍人士']);
    expect(ETHNICITY_HAN).toBe(ethnicityOptions[0]?.value);
  });

  it.each([
    ['汉', '汉族'],
    ['01', '汉族'],
    ['1', '汉族'],
    ['回', '回族'],
    ['维吾尔', '维吾尔族'],
    ['蒙古', '蒙古族'],
    ['02', '蒙古族'],
    ['朝鲜', '朝鲜族'],
    ['10', '朝鲜族'],
    ['土家', '土家族'],
    ['土', '土族'],
    ['30', '土族'],
    ['高山', '高山族'],
    ['23', '高山族'],
    ['水', '水族'],
    ['柯尔克孜', '柯尔克孜族'],
    ['乌孜别克', '乌孜别克族'],
    ['毛难族', '毛南族'],
    ['毛难', '毛南族'],
    ['36', '毛南族'],
    ['崩龙族', '德昂族'],
    ['46', '德昂族'],
    ['基洛族', '基诺族'],
    ['基诺', '基诺族'],
    ['56', '基诺族'],
    ['其他族', '其他'],
    ['未识别民族', '其他'],
    ['97', '其他'],
    ['98', '外国血统中国籍人士'],
  ])('%s → %s', (alias, canonical) => {
    expect(canonicalOf(ethnicityOptions, alias)).toBe(canonical);
  });

  it('resolves every name with and without 族 and by its 2-digit code', () => {
    names.forEach((name, index) => {
      expect(canonicalOf(ethnicityOptions, name)).toBe(name);
      expect(canonicalOf(ethnicityOptions, name.replace(/族$/, ''))).toBe(name);
      expect(canonicalOf(ethnicityOptions, String(index + 1).padStart(2, '0'))).toBe(name);
    });
  });

  it('has no spelling that two options share, even after half-width and lower-case folding', () => {
    const owner = new Map<string, string>();
    for (const option of ethnicityOptions) {
      for (const spelling of new Set([option.value, ...(option.aliases ?? []), ...(option.synonyms ?? [])])) {
        const key = toHalfWidth(spelling).toLowerCase();
        expect([key, owner.get(key) ?? option.value]).toEqual([key, option.value]);
        owner.set(key, option.value);
      }
    }
  });
});
