import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowRule } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** The field that must come first, with the label its messages name. */
export interface EarlierField {
  readonly id: string;
  readonly label: string;
}

/**
 * `after` must not be earlier than `earlier` (报名日期 before 服务日期, 开始 before 结束). The same day is
 * in order; month-precision dates are flagged only when every reading of them is out of order.
 */
export function dateOrder(earlier: EarlierField, after: string): RowRule {
  return (row) => {
    const values = soundValues(row);
    const first = asDate(values[earlier.id]);
    const second = asDate(values[after]);
    if (first === undefined || second === undefined || lastDay(second) >= firstDay(first)) return noFindings;
    const finding: Finding = {
      code: 'date.order',
      params: { earlier: earlier.label, earlierDate: formatDate(first), date: formatDate(second) },
      field: after,
      rowIndex: row.rowIndex,
      severity: 'error',
    };
    return [finding];
  };
}
