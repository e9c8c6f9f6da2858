import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { confirmDatePresence } from './confirmDatePresence';
import { confirmDateTiming } from './confirmDateTiming';
import { confirmedTooEarly } from './confirmedTooEarly';
import { probationOverdue } from './probationOverdue';

const codes = (findings: readonly { code: string }[]) => findings.map((finding) => finding.code);

describe('confirmDatePresence', () => {
  it('wants a 转正时间 for 正式党员 and none for 预备党员', () => {
    expect(codes(confirmDatePresence(rowContext({ category: '正式党员' }, { mapped: ['category', 'confirmDate'] })))).toEqual(['probation.confirmMissing']);
    expect(codes(confirmDatePresence(rowContext({ category: '预备党员', confirmDate: { year: 2020, month: 1 } })))).toEqual(['probation.confirmNotAllowed']);
    expect(confirmDatePresence(rowContext({ category: '正式党员', confirmDate: { year: 2020, month: 1 } }))).toEqual([]);
  });
  it('is silent when the sheet has no 转正时间 column', () => {
    expect(confirmDatePresence(rowContext({ category: '正式党员' }))).toEqual([]);
  });
});

describe('confirmDateTiming', () => {
  const joined = { year: 2019, month: 7, day: 1 };
  it('accepts exactly one year, and an extended probation up to two', () => {
    expect(confirmDateTiming(rowContext({ category: '正式党员', joinDate: joined, confirmDate: { year: 2020, month: 7, day: 1 } }))).toEqual([]);
    expect(confirmDateTiming(rowContext({ category: '正式党员', joinDate: joined, confirmDate: { year: 2021, month: 7, day: 1 } }))).toEqual([]);
  });
  it('flags less than a year and more than two', () => {
    expect(codes(confirmDateTiming(rowContext({ category: '正式党员', joinDate: joined, confirmDate: { year: 2020, month: 6, day: 30 } })))).toEqual([
      'probation.confirmTiming',
    ]);
    expect(codes(confirmDateTiming(rowContext({ category: '正式党员', joinDate: joined, confirmDate: { year: 2021, month: 7, day: 2 } })))).toEqual([
      'probation.confirmTiming',
    ]);
  });
  it('allows month-precision dates that could be a year apart', () => {
    expect(confirmDateTiming(rowContext({ category: '正式党员', joinDate: { year: 2019, month: 7 }, confirmDate: { year: 2020, month: 7 } }))).toEqual([]);
  });
});

describe('confirmedTooEarly', () => {
  it('flags a 正式党员 who joined less than a year before the as-of date', () => {
    expect(codes(confirmedTooEarly(rowContext({ category: '正式党员', joinDate: { year: 2026, month: 1, day: 10 } })))).toEqual(['probation.tooEarly']);
    expect(confirmedTooEarly(rowContext({ category: '正式党员', joinDate: { year: 2025, month: 11, day: 22 } }))).toEqual([]);
  });
});

describe('probationOverdue', () => {
  it('warns after one year and errs after two', () => {
    expect(probationOverdue(rowContext({ category: '预备党员', joinDate: { year: 2025, month: 11, day: 22 } }))).toEqual([]);
    expect(probationOverdue(rowContext({ category: '预备党员', joinDate: { year: 2025, month: 6, day: 1 } }))).toEqual([
      { code: 'probation.overdue', params: { joined: '2025-06-01', months: 17 }, field: 'category', rowIndex: 4, severity: 'warning' },
    ]);
    expect(codes(probationOverdue(rowContext({ category: '预备党员', joinDate: { year: 2024, month: 11, day: 21 } })))).toEqual(['probation.expired']);
  });
});
