import { describe, expect, it } from '@jest/globals';
import { normalized } from '../testing/normalized';
import { rosterTemplate } from '../templates/roster';
import { enumNormalizer } from './enumNormalizer';

const field = (id: string) => {
  const spec = rosterTemplate.fields.find((candidate) => candidate.id === id);
  if (spec === undefined) throw new Error(id);
  return spec;
};

describe('enumNormalizer', () => {
  it('accepts the canonical value, trimming with a fix', () => {
    expect(normalized((found) => enumNormalizer(field('ethnicity'))('汉族', found))).toEqual({ value: '汉族', findings: [] });
    expect(normalized((found) => enumNormalizer(field('ethnicity'))('汉族 ', found))).toEqual({
      value: '汉族',
      findings: [{ code: 'text.whitespace', params: {}, severity: 'info', fix: '汉族' }],
    });
  });

  it('offers non-standard spellings as a fix to the standard one', () => {
    expect(normalized((found) => enumNormalizer(field('ethnicity'))('汉', found))).toEqual({
      value: '汉族',
      findings: [{ code: 'field.alias', params: { canonical: '汉族' }, severity: 'info', fix: '汉族' }],
    });
    expect(normalized((found) => enumNormalizer(field('sex'))('男性', found)).findings[0]).toMatchObject({ code: 'field.alias', fix: '男' });
    expect(normalized((found) => enumNormalizer(field('ethnicity'))('毛难族', found)).value).toBe('毛南族');
  });

  it('accepts standard synonyms as written and counts them as the canonical value', () => {
    expect(normalized((found) => enumNormalizer(field('education'))('大学本科', found))).toEqual({ value: '大学', findings: [] });
    expect(normalized((found) => enumNormalizer(field('education'))('21', found))).toEqual({ value: '大学', findings: [] });
  });

  it('refuses values outside the list, naming what is allowed', () => {
    expect(normalized((found) => enumNormalizer(field('category'))('积极分子', found))).toEqual({
      findings: [{ code: 'field.enum', params: { allowed: '正式党员、预备党员' }, severity: 'error' }],
    });
  });
});
