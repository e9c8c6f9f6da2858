import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { kindOf } from './organisationFacts';
import { usableNumber } from './usableValues';

const MIN_FULL_MEMBERS = 3;

/**
 * 支部工作条例: a 党支部 needs 正式党员 ≥ 3, fewer form a 联合党支部 (RULES.md §5.2). Without a 正式党员数
 * column, a 党员数 under 3 is already too few.
 */
export function branchTooSmall(row: RowContext): readonly Finding[] {
  if (kindOf(row) !== '党支部') return noFindings;
  const fullMembers = usableNumber(row, 'fullMembers');
  const members = usableNumber(row, 'members');
  const field = fullMembers !== undefined ? 'fullMembers' : 'members';
  const count = fullMembers ?? members;
  if (count === undefined || count >= MIN_FULL_MEMBERS) return noFindings;
  return [{ code: 'organisation.branchTooSmall', params: { fullMembers: count }, field, rowIndex: row.rowIndex, severity: 'error' }];
}
