import { describe, expect, it } from '@jest/globals';
import { isDateFormat } from './isDateFormat';

describe('isDateFormat', () => {
  it('knows date formats, in Chinese too', () => {
    for (const format of ['yyyy-mm-dd', 'm/d/yyyy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy年m月d日', 'd-mmm-yy']) expect(isDateFormat(format)).toBe(true);
  });

  it('does not take numbers, text, times or a quoted "day" for dates', () => {
    for (const format of ['General', '@', '0.00', 'h:mm', '0"天"', '#,##0"d"', '[Red]0']) expect(isDateFormat(format)).toBe(false);
  });
});
