import { describe, expect, it } from '@jest/globals';
import { unescapeXstring } from './unescapeXstring';

describe('unescapeXstring', () => {
  it.each([
    ['a carriage return Excel wrote as an escape', '第一行_x000D_\n第二行', '第一行\r\n第二行'],
    ['lower-case hex digits', '_x000d_', '\r'],
    ['an escaped underscore, so the text "_x000D_" survives', '_x005F_x000D_', '_x000D_'],
    ['text without escapes, unchanged', '王_建国 x000D', '王_建国 x000D'],
    ['an incomplete escape, unchanged', '_x00D_', '_x00D_'],
  ])('%s', (_case, written, typed) => {
    expect(unescapeXstring(written)).toBe(typed);
  });
});
