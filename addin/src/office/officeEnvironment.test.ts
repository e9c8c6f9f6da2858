import { afterEach, describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { installFakeOffice } from '../../../tests/fake-office/installFakeOffice';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import { localeOf, officeReady } from './officeEnvironment';

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

describe('officeReady', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'Office');
    Reflect.deleteProperty(globalThis, 'Excel');
  });

  it.each([
    ['1.8', 'Excel 2019', false],
    ['1.9', 'the oldest Excel it runs on', true],
    ['1.14', 'Excel 2021', true],
  ])('with ExcelApi %s (%s) says whether the pane can run: %s', async (excelApi, _excel, supported) => {
    installFakeOffice(globalThis, createFakeExcel(rosterSeed), { excelApi, displayLanguage: 'en-US' });
    expect(await officeReady()).toMatchObject({ locale: 'en', supported });
  });
});
