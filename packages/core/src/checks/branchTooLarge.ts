import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { kindOf } from './organisationFacts';
import { usableNumber } from './usableValues';

const USUAL_MAX_MEMBERS = 50;

/** 支部工作条例: a 党支部 has normally no more than 50 党员 (RULES.md §5.2), so more is a warning. */
export function branchTooLarge(row: RowContext): readonly Finding[] {
  const members = usableNumber(row, 'members');
  if (kindOf(row) !== '党支部' || members === undefined || members <= USUAL_MAX_MEMBERS) return noFindings;
  return [{ code: 'organisation.branchTooLarge', params: { members }, field: 'members', rowIndex: row.rowIndex, severity: 'warning' }];
}
