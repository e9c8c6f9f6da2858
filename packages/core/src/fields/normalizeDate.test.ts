import { describe, expect, it } from '@jest/globals';
import { normalized } from '../testing/normalized';
import { normalizeDate } from './normalizeDate';

const context = { asOf: { year: 2026, month: 11, day: 22 }, dateSystem: 1900 } as const;

describe('normalizeDate', () => {
  it('takes Date cells and serials silently', () => {
    expect(normalized((found) => normalizeDate(new Date(Date.UTC(1985, 2, 12)), context, found))).toEqual({ value: { year: 1985, month: 3, day: 12 }, findings: [] });
    expect(normalized((found) => normalizeDate(31118, context, found))).toEqual({ value: { year: 1985, month: 3, day: 12 }, findings: [] });
  });

  it('offers a full date typed as text as a real date, and leaves year-month text alone', () => {
    expect(normalized((found) => normalizeDate('1985年3月12日', context, found))).toEqual({
      value: { year: 1985, month: 3, day: 12 },
      findings: [{ code: 'date.text', params: {}, severity: 'info', fix: '1985-03-12' }],
    });
    expect(normalized((found) => normalizeDate('1985.03', context, found))).toEqual({ value: { year: 1985, month: 3 }, findings: [] });
  });

  it('reads 1985.03 typed as a number as March 1985, and refuses the ambiguous 1985.1', () => {
    expect(normalized((found) => normalizeDate(1985.03, context, found))).toEqual({ value: { year: 1985, month: 3 }, findings: [] });
    expect(normalized((found) => normalizeDate(1985.1, context, found))).toEqual({
      findings: [{ code: 'date.ambiguousNumber', params: { value: '1985.1' }, severity: 'error' }],
    });
  });

  it('names what it could not read', () => {
    expect(normalized((found) => normalizeDate('去年七一', context, found))).toEqual({ findings: [{ code: 'date.invalid', params: { value: '去年七一' }, severity: 'error' }] });
  });
});
