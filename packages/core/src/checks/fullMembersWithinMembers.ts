import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { usableNumber } from './usableValues';

/** 正式党员 are some of the 党员, so 正式党员数 cannot exceed 党员数. */
export function fullMembersWithinMembers(row: RowContext): readonly Finding[] {
  const members = usableNumber(row, 'members');
  const fullMembers = usableNumber(row, 'fullMembers');
  if (members === undefined || fullMembers === undefined || fullMembers <= members) return noFindings;
  return [{ code: 'organisation.fullExceedsMembers', params: { fullMembers, members }, field: 'fullMembers', rowIndex: row.rowIndex, severity: 'error' }];
}
