import { describe, expect, it } from '@jest/globals';
import { maskIdsInText } from './maskIdsInText';

describe('maskIdsInText', () => {
  it.each([
    ['a whole 18-character number', '341122198503120418', '341122********0418'],
    ['one ending in X', '11010519491231002X', '110105********002X'],
    ['a 15-digit legacy number', '130503670401001', '130**********01'],
    ['one typed with spaces', '341122 19850312 0418', '341122********0418'],
    ['one typed with full-width spaces and hyphens', '341122\u300019850312-0418', '341122********0418'],
    ['one inside other text', '身份证341122198503120418（已核）', '身份证341122********0418（已核）'],
    ['two in one cell', '341122198503120418/341122199008150227', '341122********0418/341122********0227'],
  ])('masks %s', (_case, text, masked) => {
    expect(maskIdsInText(text)).toBe(masked);
  });

  it.each([
    ['a date', '1985-03-12'],
    ['a date typed as digits', '19850312'],
    ['a phone number', '139 1234 5678'],
    ['a 14-digit number', '12345678901234'],
    ['a branch name', '中共青禾县教育局机关支部委员会'],
  ])('leaves %s as it is', (_case, text) => {
    expect(maskIdsInText(text)).toBe(text);
  });
});
