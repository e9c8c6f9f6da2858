import { describe, expect, it } from '@jest/globals';
import { localeOf } from './officeEnvironment';

describe('localeOf', () => {
  it('uses English only when Office itself is in English', () => {
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('en-GB')).toBe('en');
    expect(localeOf('zh-CN')).toBe('zh-CN');
    expect(localeOf('zh-TW')).toBe('zh-CN');
    expect(localeOf('fr-FR')).toBe('zh-CN');
    expect(localeOf(undefined)).toBe('zh-CN');
  });
});
