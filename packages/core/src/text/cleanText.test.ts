import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cleanText, isTrimmable, looksEmpty, needsCleaning } from './cleanText';

describe('cleanText', () => {
  it.each([
    ['汉族', { value: '汉族', trimmed: false, fullWidth: false }],
    ['  汉族 ', { value: '汉族', trimmed: true, fullWidth: false }],
    ['\u00a0汉族\u3000', { value: '汉族', trimmed: true, fullWidth: false }],
    ['\u200b\ufeff汉族\u200d', { value: '汉族', trimmed: true, fullWidth: false }],
    ['\t汉族\r\n', { value: '汉族', trimmed: true, fullWidth: false }],
    ['１９８５．０３', { value: '1985．03', trimmed: false, fullWidth: true }],
    ['中共某县（直属）机关支部：', { value: '中共某县（直属）机关支部：', trimmed: false, fullWidth: false }],
    ['\u3000１９８５．０３ ', { value: '1985．03', trimmed: true, fullWidth: true }],
    ['张\u3000三', { value: '张\u3000三', trimmed: false, fullWidth: false }],
    ['张  三', { value: '张  三', trimmed: false, fullWidth: false }],
    ['   ', { value: '', trimmed: true, fullWidth: false }],
    ['', { value: '', trimmed: false, fullWidth: false }],
  ])('%j', (raw, expected) => {
    expect(cleanText(raw)).toEqual(expected);
  });

  it('never throws, and cleaning twice changes nothing more', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const once = cleanText(raw);
        expect(cleanText(once.value)).toEqual({ value: once.value, trimmed: false, fullWidth: false });
        expect(once.trimmed || once.fullWidth).toBe(once.value !== raw);
      }),
    );
  });
});

describe('needsCleaning', () => {
  it.each([['汉族', false], [' 汉族', true], ['汉族\u200b', true], ['１９８５', true], ['中共某县（直属）机关支部：', false], ['张\u3000三', false], ['', false]])('%j → %p', (raw, expected) => {
    expect(needsCleaning(raw)).toBe(expected);
  });

  it('says exactly when cleanText changes the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '张', ' ', '\u3000', '１', 'Ｚ', '\u200b', '（') })), (raw) => {
        expect(needsCleaning(raw)).toBe(cleanText(raw).value !== raw);
      }),
    );
  });
});

describe('looksEmpty', () => {
  it.each([['\u200b', true], [' \ufeff\u200d\u3000\u2060', true], ['', true], ['\u200b张伟', false], ['张伟\u200b', false], ['0', false]])('%j → %p', (raw, expected) => {
    expect(looksEmpty(raw)).toBe(expected);
  });

  it('says exactly when cleanText leaves nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '张', ' ', '\u3000', '\u200b', '\ufeff', '\t') }), (raw) => {
        expect(looksEmpty(raw)).toBe(cleanText(raw).value === '');
      }),
    );
  });
});

describe('isTrimmable', () => {
  it('is what String.prototype.trim removes, and the zero-width space, joiners and word joiner, for every code unit', () => {
    const invisible = new Set([0x200b, 0x200c, 0x200d, 0x2060]);
    const wrong: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isTrimmable(code) !== (String.fromCharCode(code).trim() === '' || invisible.has(code))) wrong.push(code);
    }
    expect(wrong).toEqual([]);
  });
});
