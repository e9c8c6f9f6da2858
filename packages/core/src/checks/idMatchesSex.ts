import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asText, soundValues } from './rowValues';
import { sexOfId } from '../id/sexOfId';

/** 性别 must be the sex the ID's 顺序码 records (RULES.md §9.2). */
export function idMatchesSex(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const id = asText(values['idNumber']);
  const sex = asText(values['sex']);
  if (id === undefined || sex === undefined) return noFindings;
  const idSex = sexOfId(id);
  if (idSex === sex) return noFindings;
  return [{ code: 'id.sexMismatch', params: { idSex, sex }, field: 'sex', rowIndex: row.rowIndex, severity: 'error' }];
}
