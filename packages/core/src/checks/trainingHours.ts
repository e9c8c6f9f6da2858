import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';

const MINIMUM_HOURS = 24;

/** 细则第十七条: 发展对象 take 短期集中培训 of at least 三天 (二十四个学时). */
export function trainingHours(row: RowContext): readonly Finding[] {
  const hours = row.values['trainingHours'];
  if (row.invalid.has('trainingHours') || typeof hours !== 'number' || hours >= MINIMUM_HOURS) return noFindings;
  return [{ code: 'development.trainingShort', params: { hours }, field: 'trainingHours', rowIndex: row.rowIndex, severity: 'warning' }];
}
