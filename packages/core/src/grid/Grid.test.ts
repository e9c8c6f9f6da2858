import { describe, expect, it } from '@jest/globals';
import { isBlank, isCellError } from './Grid';

describe('isBlank', () => {
  it('takes empty cells and text of white space only as blank', () => {
    for (const blank of [null, undefined, '', ' ', '\t\n', '\u3000', '\u00a0 ', '\ufeff']) expect(isBlank(blank)).toBe(true);
  });

  it('keeps any text with a visible character, wherever the white space is', () => {
    for (const text of ['张伟', ' 张伟', '张伟 ', '\u3000汉族', '0', '\u200b', ' \u200b ']) expect(isBlank(text)).toBe(false);
  });

  it('never takes numbers, yes/no, dates or errors as blank', () => {
    for (const value of [0, false, new Date(0), { kind: 'error', code: '#N/A' } as const]) expect(isBlank(value)).toBe(false);
  });
});

describe('isCellError', () => {
  it('tells error values from dates, text and blanks', () => {
    expect(isCellError({ kind: 'error', code: '#REF!' })).toBe(true);
    for (const value of [new Date(0), '#REF!', null, undefined, 1]) expect(isCellError(value)).toBe(false);
  });
});
