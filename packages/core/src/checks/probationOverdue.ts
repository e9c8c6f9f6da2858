import { addYears, formatDate, fullMonthsBetween, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/**
 * RULES.md §10: a 预备党员 more than a year after 入党 is overdue for 转正 (warning); more than two years,
 * the longest possible extended 预备期 (细则第三十二条), is an error.
 */
export function probationOverdue(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const joined = asDate(values['joinDate']);
  if (values['category'] !== '预备党员' || joined === undefined) return noFindings;
  const latestJoin = lastDay(joined);
  const asOf = lastDay(row.asOf);
  if (asOf <= addYears(latestJoin, 1)) return noFindings;
  const params = { joined: formatDate(joined), months: fullMonthsBetween(latestJoin, asOf) };
  if (asOf > addYears(latestJoin, 2)) {
    return [{ code: 'probation.expired', params, field: 'category', rowIndex: row.rowIndex, severity: 'error' }];
  }
  return [{ code: 'probation.overdue', params, field: 'category', rowIndex: row.rowIndex, severity: 'warning' }];
}
