import { describe, expect, it } from '@jest/globals';
import { isDateFormatCode, isDateNumberFormat } from './isDateNumberFormat';

describe('isDateNumberFormat', () => {
  it('knows the built-in date and time formats, the East Asian ones (27–36, 50–58) included', () => {
    const dates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    const all = Array.from({ length: 164 }, (_unused, id) => id);
    expect(all.filter((id) => isDateNumberFormat(id, undefined))).toEqual(dates);
  });

  it('judges a format the workbook declares by its code, even on a built-in id', () => {
    expect(isDateNumberFormat(164, 'yyyy-mm-dd')).toBe(true);
    expect(isDateNumberFormat(164, '0.00')).toBe(false);
    expect(isDateNumberFormat(14, '@')).toBe(false);
  });
});

describe('isDateFormatCode', () => {
  it.each([
    'yyyy-mm-dd',
    'yyyy"年"m"月"d"日"',
    '[$-804]yyyy"年"m"月"',
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    'YYYY/M/D',
    'm/d/yy h:mm',
    'h:mm:ss AM/PM',
    '[h]:mm:ss',
    '[mm]:ss',
    '[ss]',
    'mmss.0',
    '[Red][<=100]yyyy-mm-dd;@',
    'bbbb/mm/dd',
  ])('%s shows a date or a time', (code) => {
    expect(isDateFormatCode(code)).toBe(true);
  });

  it.each([
    'General',
    '0.00"m"',
    '#,##0.00"元"',
    '0\\m',
    '0.0_m',
    '*m0',
    '[$-804]0.00',
    '[Red]#,##0;[Blue]-#,##0',
    '0.00E+00',
    '@',
    '"yyyy"0',
    '0"unterminated',
  ])('%s does not', (code) => {
    expect(isDateFormatCode(code)).toBe(false);
  });
});
