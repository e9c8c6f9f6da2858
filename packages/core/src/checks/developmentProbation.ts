import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { confirmDateTiming } from './confirmDateTiming';
import { probationOverdue } from './probationOverdue';
import { asText, soundValues } from './rowValues';

/**
 * 预备期 as in the roster (细则第三十二条; RULES.md §10): a 转正时间 falls 1 to 2 years after 入党, and a
 * 预备党员 past a year without 转正 is overdue. A row is a 预备党员 when it has an 入党时间 and no 转正时间,
 * as 当前阶段 says or, without one, when the sheet has a 转正时间 column left blank.
 */
export function developmentProbation(row: RowContext): readonly Finding[] {
  const values = row.values;
  if (values['joinDate'] === undefined || row.invalid.has('joinDate') || row.invalid.has('confirmDate')) return noFindings;
  if (values['confirmDate'] !== undefined) return confirmDateTiming({ ...row, values: { ...values, category: '正式党员' } });
  const stage = asText(soundValues(row)['stage']);
  const probationary = stage === '预备党员' || (stage === undefined && row.mapped.has('confirmDate'));
  if (!probationary) return noFindings;
  return probationOverdue({ ...row, values: { ...values, category: '预备党员' } }).map((finding) => ({ ...finding, field: 'joinDate' }));
}
