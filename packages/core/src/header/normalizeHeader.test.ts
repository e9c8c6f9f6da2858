import { describe, expect, it } from '@jest/globals';
import { normalizeHeader } from './normalizeHeader';

describe('normalizeHeader', () => {
  it.each([
    ['党籍状态（正式党员或预备党员）', '党籍状态'],
    ['家庭住址（具体到门牌号）', '家庭住址'],
    ['*姓名', '姓名'],
    ['公民身份\n号码', '公民身份号码'],
    ['入党时间：', '入党时间'],
    ['所在党支部 ', '所在党支部'],
    ['身份证号码【18位】', '身份证号码'],
  ])('%s → %s', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});
