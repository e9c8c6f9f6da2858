import { describe, expect, it } from '@jest/globals';
import { parseRules } from './parseRules';

describe('parseRules', () => {
  it('reads a comma-separated list, full-width commas and spaces included', () => {
    expect(parseRules('text.whitespace,date.text')).toEqual(['text.whitespace', 'date.text']);
    expect(parseRules(' field.alias， id.legacy15 ')).toEqual(['field.alias', 'id.legacy15']);
  });

  it('refuses a rule that never carries a fix, listing those that do', () => {
    expect(() => parseRules('id.checksum')).toThrow(
      '--rules 中的“id.checksum”不是可自动修正的规则：可用的有 text.whitespace, text.fullWidth, id.lowercaseX, field.alias, date.text, id.legacy15, dues.amountMissing',
    );
    expect(() => parseRules(',')).toThrow('--rules 缺少规则');
  });
});
