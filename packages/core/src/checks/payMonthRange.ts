import { formatDate } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { monthIndex } from './paymentMonths';
import { asDate, soundValues } from './rowValues';

/** A payment for 缴费起始月份 … 缴费截止月份 cannot end before it starts. */
export function payMonthRange(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const start = asDate(values['payMonth']);
  const end = asDate(values['payMonthEnd']);
  const first = start && monthIndex(start);
  const last = end && monthIndex(end);
  if (start === undefined || end === undefined || first === undefined || last === undefined || last >= first) return noFindings;
  return [{ code: 'dues.monthRange', params: { from: formatDate(start), to: formatDate(end) }, field: 'payMonthEnd', rowIndex: row.rowIndex, severity: 'error' }];
}
