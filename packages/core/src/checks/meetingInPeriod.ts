import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import { noFindings, type Finding } from '../report/Finding';
import type { RowRule } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** A record kept for a period (a year's 三会一课 register) holds only meetings within it. */
export function meetingInPeriod(period: { readonly from: PartialDate; readonly to: PartialDate }): RowRule {
  const first = firstDay(period.from);
  const last = lastDay(period.to);
  return (row) => {
    const date = asDate(soundValues(row)['meetingDate']);
    if (date === undefined) return noFindings;
    if (lastDay(date) >= first && firstDay(date) <= last) return noFindings;
    return [
      {
        code: 'meeting.outsidePeriod',
        params: { from: formatDate(period.from), to: formatDate(period.to) },
        field: 'meetingDate',
        rowIndex: row.rowIndex,
        severity: 'warning',
      } satisfies Finding,
    ];
  };
}
