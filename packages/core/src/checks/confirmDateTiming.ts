import { addYears, firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/**
 * 细则第三十二条: 预备期 is one year, extendable once by six months to a year, so 转正 falls 1 to 2 years
 * after 入党. Flagged only when every reading of month-precision dates falls outside that window.
 */
export function confirmDateTiming(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const joined = asDate(values['joinDate']);
  const confirmed = asDate(values['confirmDate']);
  if (values['category'] !== '正式党员' || joined === undefined || confirmed === undefined) return noFindings;
  const tooSoon = lastDay(confirmed) < addYears(firstDay(joined), 1);
  const tooLate = firstDay(confirmed) > addYears(lastDay(joined), 2);
  if (!tooSoon && !tooLate) return noFindings;
  return [
    {
      code: 'probation.confirmTiming',
      params: { joined: formatDate(joined), confirmed: formatDate(confirmed) },
      field: 'confirmDate',
      rowIndex: row.rowIndex,
      severity: 'error',
    },
  ];
}
