import { describe, expect, it } from '@jest/globals';
import { parseAsOf } from './parseAsOf';

describe('parseAsOf', () => {
  it('reads YYYY-MM-DD, including a leap day', () => {
    expect(parseAsOf('2024-12-31')).toEqual({ year: 2024, month: 12, day: 31 });
    expect(parseAsOf('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2025-02-29', '2024-13-01', '2024/12/31', '20241231', '2024-6-30', 'today', ''])('refuses %j', (text) => {
    expect(() => parseAsOf(text)).toThrow(`--as-of 的日期“${text}”无效：请写作 YYYY-MM-DD，例如 --as-of 2024-12-31`);
  });
});
