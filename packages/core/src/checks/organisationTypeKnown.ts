import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { kindOf } from './organisationFacts';
import { usableText } from './usableValues';

/** RULES.md §6.3: the rules on size and terms depend on the kind, so a row must say which it is. */
export function organisationTypeKnown(row: RowContext): readonly Finding[] {
  if (kindOf(row) !== undefined) return noFindings;
  const type = usableText(row, 'orgType');
  const name = usableText(row, 'orgName');
  const field = type !== undefined ? 'orgType' : 'orgName';
  const value = type ?? name;
  if (value === undefined) return noFindings;
  return [{ code: 'organisation.typeUnknown', params: { value }, field, rowIndex: row.rowIndex, severity: 'warning' }];
}
