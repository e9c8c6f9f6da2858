import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowRule } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** Nothing in a member's record can precede birth (出生日期, or the ID's 出生日期码 when no column). */
export function datesNotBeforeBirth(fields: readonly string[]): RowRule {
  return (row) => {
    const values = soundValues(row);
    const birth = asDate(values['birthDate']);
    if (birth === undefined) return noFindings;
    const born = firstDay(birth);
    let findings: Finding[] | undefined;
    for (const field of fields) {
      const date = asDate(values[field]);
      if (date !== undefined && lastDay(date) < born) {
        (findings ??= []).push({ code: 'date.beforeBirth', params: { birth: formatDate(birth) }, field, rowIndex: row.rowIndex, severity: 'error' });
      }
    }
    return findings ?? noFindings;
  };
}
