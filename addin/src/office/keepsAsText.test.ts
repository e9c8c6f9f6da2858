import { describe, expect, it } from '@jest/globals';
import { keepsAsText } from './keepsAsText';

describe('keepsAsText', () => {
  it('keeps names, 民族 and IDs ending in X as text', () => {
    for (const text of ['汉族', '王芳', '11010519750312011X', '第一党支部', '', '138-0013 8000 转 2']) expect(keepsAsText(text)).toBe(true);
  });

  it('flags what Excel would turn into a number, a date, a boolean or a formula', () => {
    for (const text of ['110105197503120114', '13800138000', '0012', '1,200.50', '12%', '2025-05-04', '2025/5/4', '2025年5月', '5月4日', '14:05', 'TRUE', '=1+1']) {
      expect(keepsAsText(text)).toBe(false);
    }
  });
});
