import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asText, soundValues } from './rowValues';

/** RULES.md §9.4: a 正式党员 has a 转正时间, a 预备党员 has none yet. */
export function confirmDatePresence(row: RowContext): readonly Finding[] {
  const category = asText(soundValues(row)['category']);
  if (category === undefined || !row.mapped.has('confirmDate') || row.invalid.has('confirmDate')) return noFindings;
  const confirmed = row.values['confirmDate'] !== undefined;
  if (category === '正式党员' && !confirmed) {
    return [{ code: 'probation.confirmMissing', params: {}, field: 'confirmDate', rowIndex: row.rowIndex, severity: 'error' }];
  }
  if (category === '预备党员' && confirmed) {
    return [{ code: 'probation.confirmNotAllowed', params: {}, field: 'confirmDate', rowIndex: row.rowIndex, severity: 'error' }];
  }
  return noFindings;
}
