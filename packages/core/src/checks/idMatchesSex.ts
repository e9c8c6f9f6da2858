import type { Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { validText } from './rowValues';

/** GB 11643 顺序码: the 17th character is odd for men, even for women (RULES.md §2). */
export function idMatchesSex(row: RowContext): Finding[] {
  const id = validText(row, 'idNumber');
  const sex = validText(row, 'sex');
  if (id === undefined || sex === undefined) return [];
  const idSex = Number(id.charAt(16)) % 2 === 1 ? '男' : '女';
  if (idSex === sex) return [];
  return [{ code: 'id.sexMismatch', params: { idSex, sex }, field: 'sex', rowIndex: row.rowIndex, severity: 'error' }];
}
