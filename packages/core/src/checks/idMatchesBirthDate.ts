import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { birthDayOfId, birthOfId } from './birthOfId';
import { asDate, asText, soundValues } from './rowValues';

/** 出生日期 must agree with the 出生日期码 of the ID (RULES.md §9.2), at the precision the sheet gives. */
export function idMatchesBirthDate(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const id = asText(values['idNumber']);
  const birth = row.mapped.has('birthDate') ? asDate(values['birthDate']) : undefined;
  if (id === undefined || birth === undefined) return noFindings;
  const idBirthDay = birthDayOfId(id);
  if (idBirthDay >= firstDay(birth) && idBirthDay <= lastDay(birth)) return noFindings;
  const idBirth = birthOfId(id);
  return [
    {
      code: 'id.birthMismatch',
      params: { idBirth: formatDate(idBirth), birth: formatDate(birth) },
      field: 'birthDate',
      rowIndex: row.rowIndex,
      severity: 'error',
    },
  ];
}
