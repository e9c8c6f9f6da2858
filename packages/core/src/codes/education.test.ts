import { describe, expect, it } from '@jest/globals';
import type { EnumOption } from '../templates/Template';
import { toHalfWidth } from '../text/toHalfWidth';
import { educationBucket, educationBuckets, educationOptions, isCollegeOrAbove } from './education';

function canonicalOf(options: readonly EnumOption[], text: string): string | undefined {
  return options.find((option) => option.value === text || option.aliases?.includes(text) || option.synonyms?.includes(text))?.value;
}

describe('educationOptions', () => {
  it('has the party-statistics list as canonical values', () => {
    const partyList = [
      '博士研究生', '硕士研究生', '硕士生班', '中央党校研究生', '省（区、市）委党校研究生', '大学', '大专', '大学普通班',
      '第二学士学位班', '中央党校大学', '省（区、市）委党校大学', '中央党校大专', '省（区、市）委党校大专', '中等专科',
      '职业高中', '技工学校', '普通高中', '初中', '小学', '其他',
    ];
    const values = educationOptions.map((option) => option.value);
    for (const value of partyList) expect(values).toContain(value);
    expect(values.filter((value) => !partyList.includes(value))).toEqual(['研究生']);
  });

  it.each([
    ['博士研究生毕业', '博士研究生'],
    ['11', '博士研究生'],
    ['博士', '博士研究生'],
    ['硕士研究生肄业', '硕士研究生'],
    ['14', '硕士研究生'],
    ['硕士', '硕士研究生'],
    ['研究生班毕业', '硕士生班'],
    ['研究生', '研究生'],
    ['大学本科毕业', '大学'],
    ['21', '大学'],
    ['本科', '大学'],
    ['大学本科', '大学'],
    ['大本', '大学'],
    ['28', '大学普通班'],
    ['大学专科毕业', '大专'],
    ['31', '大专'],
    ['专科', '大专'],
    ['大学专科', '大专'],
    ['省(区、市)委党校大学', '省（区、市）委党校大学'],
    ['党校本科', '省（区、市）委党校大学'],
    ['中央党校本科', '中央党校大学'],
    ['党校大专', '省（区、市）委党校大专'],
    ['中等专科毕业', '中等专科'],
    ['41', '中等专科'],
    ['中专', '中等专科'],
    ['职业高中毕业', '职业高中'],
    ['职高', '职业高中'],
    ['47', '技工学校'],
    ['技校', '技工学校'],
    ['普通高中毕业', '普通高中'],
    ['61', '普通高中'],
    ['高中', '普通高中'],
    ['初中毕业', '初中'],
    ['71', '初中'],
    ['小学毕业', '小学'],
    ['81', '小学'],
    ['90', '其他'],
  ])('%s → %s', (alias, canonical) => {
    expect(canonicalOf(educationOptions, alias)).toBe(canonical);
  });

  it('leaves spellings that span two summary groups unresolved', () => {
    // 高中及以下 covers both 高中 and 初中及以下; 中等职业教育 (40) covers 中专, 职高 and 技校.
    expect(canonicalOf(educationOptions, '高中及以下')).toBeUndefined();
    expect(canonicalOf(educationOptions, '中等职业教育')).toBeUndefined();
    expect(canonicalOf(educationOptions, '40')).toBeUndefined();
  });

  it('has no spelling that two options share, even after half-width and lower-case folding', () => {
    const owner = new Map<string, string>();
    for (const option of educationOptions) {
      for (const spelling of new Set([option.value, ...(option.aliases ?? []), ...(option.synonyms ?? [])])) {
        const key = toHalfWidth(spelling).toLowerCase();
        expect([key, owner.get(key) ?? option.value]).toEqual([key, option.value]);
        owner.set(key, option.value);
      }
    }
  });
});

describe('educationBucket', () => {
  it('lists the buckets from 研究生 down', () => {
    expect(educationBuckets).toEqual(['研究生', '大学本科', '大学专科', '中专', '高中（含职高、技校）', '初中及以下']);
  });

  it.each([
    ['博士研究生', '研究生'],
    ['硕士研究生', '研究生'],
    ['硕士生班', '研究生'],
    ['研究生', '研究生'],
    ['中央党校研究生', '研究生'],
    ['省（区、市）委党校研究生', '研究生'],
    ['大学', '大学本科'],
    ['大学普通班', '大学本科'],
    ['第二学士学位班', '大学本科'],
    ['中央党校大学', '大学本科'],
    ['省（区、市）委党校大学', '大学本科'],
    ['大专', '大学专科'],
    ['中央党校大专', '大学专科'],
    ['省（区、市）委党校大专', '大学专科'],
    ['中等专科', '中专'],
    ['职业高中', '高中（含职高、技校）'],
    ['技工学校', '高中（含职高、技校）'],
    ['普通高中', '高中（含职高、技校）'],
    ['初中', '初中及以下'],
    ['小学', '初中及以下'],
  ])('%s → %s', (canonical, bucket) => {
    expect(educationBucket(canonical)).toBe(bucket);
  });

  it('gives no bucket for 其他, an alias or unknown text', () => {
    expect(educationBucket('其他')).toBeUndefined();
    expect(educationBucket('本科')).toBeUndefined();
    expect(educationBucket('')).toBeUndefined();
  });

  it('puts every canonical value but 其他 in a bucket', () => {
    const unbucketed = educationOptions.map((option) => option.value).filter((value) => educationBucket(value) === undefined);
    expect(unbucketed).toEqual(['其他']);
  });
});

describe('isCollegeOrAbove', () => {
  it.each([
    ['博士研究生', true],
    ['中央党校研究生', true],
    ['大学', true],
    ['省（区、市）委党校大学', true],
    ['大专', true],
    ['中央党校大专', true],
    ['中等专科', false],
    ['普通高中', false],
    ['技工学校', false],
    ['初中', false],
    ['其他', false],
    ['本科', false],
  ])('%s → %s', (canonical, expected) => {
    expect(isCollegeOrAbove(canonical)).toBe(expected);
  });
});
