import { describe, expect, it } from '@jest/globals';
import { normalized } from '../testing/normalized';
import { normalizeText } from './normalizeText';

const text = (cell: string | number | boolean) => normalized((found) => normalizeText(cell, found));

describe('normalizeText', () => {
  it('takes text as it stands when it needs nothing', () => {
    expect(text('中共某县财政局支部委员会')).toEqual({ value: '中共某县财政局支部委员会', findings: [] });
  });

  it('offers trimmed text and half-width digits as safe fixes', () => {
    expect(text(' 张伟\u3000')).toEqual({ value: '张伟', findings: [{ code: 'text.whitespace', params: {}, severity: 'info', fix: '张伟' }] });
    expect(text('第１支部')).toEqual({ value: '第1支部', findings: [{ code: 'text.fullWidth', params: {}, severity: 'info', fix: '第1支部' }] });
  });

  it('reads numbers and yes/no as the text they show', () => {
    expect(text(3)).toEqual({ value: '3', findings: [] });
    expect(text(true)).toEqual({ value: '是', findings: [] });
  });
});
