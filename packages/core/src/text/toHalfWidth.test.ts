import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { toHalfWidth } from './toHalfWidth';

describe('toHalfWidth', () => {
  it.each([
    ['１９８５．０３．１２', '1985.03.12'],
    ['１９８５年３月', '1985年3月'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['（备注）', '(备注)'],
    ['！～', '!~'],
    ['张\u3000三', '张 三'],
    ['11010519491231002ｘ', '11010519491231002x'],
  ])('%s → %s', (text, expected) => {
    expect(toHalfWidth(text)).toBe(expected);
  });

  it('keeps Chinese, CJK punctuation and forms outside the full-width ASCII block', () => {
    expect(toHalfWidth('中共某县财政局支部委员会。、“”【】《》')).toBe('中共某县财政局支部委员会。、“”【】《》');
    // ，（）：； are full-width ASCII, so they change even inside Chinese text.
    expect(toHalfWidth('省（区、市）委党校，注：')).toBe('省(区、市)委党校,注:');
    // U+FF5F–U+FFEF (full-width brackets, half-width katakana, ￥) are not in the ASCII block.
    expect(toHalfWidth('\uff5f￥ｱ')).toBe('\uff5f￥ｱ');
    expect(toHalfWidth('')).toBe('');
  });

  it('never throws, keeps the length, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = toHalfWidth(text);
        expect(once).toHaveLength(text.length);
        expect(toHalfWidth(once)).toBe(once);
      }),
    );
  });

  it('maps the whole full-width ASCII block one to one', () => {
    for (let code = 0xff01; code <= 0xff5e; code++) {
      expect(toHalfWidth(String.fromCharCode(code)).charCodeAt(0)).toBe(code - 0xfee0);
    }
  });
});
