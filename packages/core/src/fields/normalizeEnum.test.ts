import { describe, expect, it } from '@jest/globals';
import { rosterTemplate } from '../templates/roster';
import { normalizeEnum } from './normalizeEnum';

const field = (id: string) => {
  const spec = rosterTemplate.fields.find((candidate) => candidate.id === id);
  if (spec === undefined) throw new Error(id);
  return spec;
};

describe('normalizeEnum', () => {
  it('accepts the canonical value, trimming with a fix', () => {
    expect(normalizeEnum(field('ethnicity'), '汉族')).toEqual({ value: '汉族', findings: [] });
    expect(normalizeEnum(field('ethnicity'), '汉族 ')).toEqual({
      value: '汉族',
      findings: [{ code: 'text.whitespace', params: {}, severity: 'info', fix: '汉族' }],
    });
  });

  it('offers non-standard spellings as a fix to the standard one', () => {
    expect(normalizeEnum(field('ethnicity'), '汉')).toEqual({
      value: '汉族',
      findings: [{ code: 'field.alias', params: { canonical: '汉族' }, severity: 'info', fix: '汉族' }],
    });
    expect(normalizeEnum(field('sex'), '男性').findings[0]).toMatchObject({ code: 'field.alias', fix: '男' });
    expect(normalizeEnum(field('ethnicity'), '毛难族').value).toBe('毛南族');
  });

  it('accepts standard synonyms as written and counts them as the canonical value', () => {
    expect(normalizeEnum(field('education'), '大学本科')).toEqual({ value: '大学', findings: [] });
    expect(normalizeEnum(field('education'), '21')).toEqual({ value: '大学', findings: [] });
  });

  it('refuses values outside the list, naming what is allowed', () => {
    expect(normalizeEnum(field('category'), '积极分子')).toEqual({
      findings: [{ code: 'field.enum', params: { allowed: '正式党员、预备党员' }, severity: 'error' }],
    });
  });
});
