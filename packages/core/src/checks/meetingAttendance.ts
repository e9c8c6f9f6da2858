import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { usableNumber } from './usableValues';

/** Those present and those on leave are among those expected: 实到 + 请假 ≤ 应到. */
export function meetingAttendance(row: RowContext): readonly Finding[] {
  const expected = usableNumber(row, 'expected');
  const present = usableNumber(row, 'present');
  if (expected === undefined || present === undefined) return noFindings;
  const onLeave = usableNumber(row, 'onLeave') ?? 0;
  if (present + onLeave <= expected) return noFindings;
  return [{ code: 'meeting.attendanceExceeds', params: { present, onLeave, expected }, field: 'present', rowIndex: row.rowIndex, severity: 'error' }];
}

/**
 * 支部党员大会 needs more than half of the members present (RULES.md §4: 有表决权的正式党员超过半数到会),
 * so 实到 × 2 must exceed 应到.
 */
export function generalMeetingQuorum(row: RowContext): readonly Finding[] {
  const expected = usableNumber(row, 'expected');
  const present = usableNumber(row, 'present');
  if (row.values['meetingType'] !== '支部党员大会' || expected === undefined || present === undefined || present * 2 > expected) return noFindings;
  return [{ code: 'meeting.noQuorum', params: { present, expected }, field: 'present', rowIndex: row.rowIndex, severity: 'error' }];
}
