import { describe, expect, it } from '@jest/globals';
import { formatSummaryValue } from './formatSummaryValue';

describe('formatSummaryValue', () => {
  it('shows each format as its Excel number format does', () => {
    expect(formatSummaryValue(0.2531, 'percent')).toBe('25.3%');
    expect(formatSummaryValue(1, 'percent')).toBe('100.0%');
    expect(formatSummaryValue(76.5, 'amount')).toBe('76.50');
    expect(formatSummaryValue(12, 'count')).toBe('12');
    expect(formatSummaryValue('先进', 'text')).toBe('先进');
  });
});
