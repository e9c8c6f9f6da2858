import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { generalMeetingQuorum, meetingAttendance } from './meetingAttendance';
import { meetingInPeriod } from './meetingInPeriod';

describe('meetingAttendance', () => {
  it('wants 实到 + 请假 ≤ 应到', () => {
    expect(meetingAttendance(rowContext({ expected: 23, present: 20, onLeave: 3 }))).toEqual([]);
    expect(meetingAttendance(rowContext({ expected: 23, present: 21, onLeave: 3 }))).toEqual([
      { code: 'meeting.attendanceExceeds', params: { present: 21, onLeave: 3, expected: 23 }, field: 'present', rowIndex: 4, severity: 'error' },
    ]);
  });
});

describe('generalMeetingQuorum', () => {
  it('wants more than half present at a 支部党员大会 only', () => {
    expect(generalMeetingQuorum(rowContext({ meetingType: '支部党员大会', expected: 23, present: 12 }))).toEqual([]);
    expect(generalMeetingQuorum(rowContext({ meetingType: '支部党员大会', expected: 24, present: 12 }))).toEqual([
      { code: 'meeting.noQuorum', params: { present: 12, expected: 24 }, field: 'present', rowIndex: 4, severity: 'error' },
    ]);
    expect(generalMeetingQuorum(rowContext({ meetingType: '党课', expected: 24, present: 10 }))).toEqual([]);
  });
});

describe('meetingInPeriod', () => {
  const in2026 = meetingInPeriod({ from: { year: 2026, month: 1, day: 1 }, to: { year: 2026, month: 12, day: 31 } });
  it('flags a meeting outside the register’s period', () => {
    expect(in2026(rowContext({ meetingDate: { year: 2026, month: 1, day: 8 } }))).toEqual([]);
    expect(in2026(rowContext({ meetingDate: { year: 2025, month: 12, day: 30 } }))).toEqual([
      { code: 'meeting.outsidePeriod', params: { from: '2026-01-01', to: '2026-12-31' }, field: 'meetingDate', rowIndex: 4, severity: 'warning' },
    ]);
  });
});
