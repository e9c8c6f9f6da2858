import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';

/** A roster needs 公民身份号码, or at least 出生日期, to identify a member and count ages. */
export function idOrBirthDateRequired(row: RowContext): readonly Finding[] {
  const { values, invalid, mapped } = row;
  if (values['idNumber'] !== undefined || values['birthDate'] !== undefined) return noFindings;
  if (invalid.has('idNumber') || invalid.has('birthDate')) return noFindings;
  const field = mapped.has('idNumber') || !mapped.has('birthDate') ? 'idNumber' : 'birthDate';
  if (!mapped.has(field)) return noFindings;
  return [{ code: 'field.required', params: {}, field, rowIndex: row.rowIndex, severity: 'error' }];
}
