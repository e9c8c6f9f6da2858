import { describe, expect, it } from '@jest/globals';
import { detachedString } from './detachedString';

describe('detachedString', () => {
  it.each(['', '王建国', '341122198503120418', '中共青禾县教育局机关支部委员会', ' 前后有空格 '])('gives "%s" back unchanged', (text) => {
    expect(detachedString(text)).toBe(text);
  });
});
