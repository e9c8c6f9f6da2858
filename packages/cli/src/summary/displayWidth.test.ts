import { describe, expect, it } from '@jest/globals';
import { displayWidth } from './displayWidth';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['25.3%', 5],
    ['党员数', 6],
    ['35岁及以下', 10],
    ['未计入（数据有误或缺失）', 24],
    ['第2支部', 7],
    ['𠀋', 2],
  ])('%j → %d', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});
