import { describe, expect, it } from '@jest/globals';
import { isDateFormat } from './isDateFormat';

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'mm-dd-yy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy年m月d日', 'yyyy/m/d;@', 'd-mmm-yy'])('takes %s for a date', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each(['General', '@', '0.00', 'h:mm', '"day"0', '#,##0"元"', undefined])('does not take %s for a date', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
