import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowRule } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** A recorded event cannot lie after the as-of date; a month-precision date must lie wholly after it. */
export function datesNotAfterAsOf(fields: readonly string[]): RowRule {
  return (row) => {
    const asOfDay = lastDay(row.asOf);
    let findings: Finding[] | undefined;
    const values = soundValues(row);
    for (const field of fields) {
      const date = asDate(values[field]);
      if (date !== undefined && firstDay(date) > asOfDay) {
        (findings ??= []).push({ code: 'date.future', params: { asOf: formatDate(row.asOf) }, field, rowIndex: row.rowIndex, severity: 'error' });
      }
    }
    return findings ?? noFindings;
  };
}
