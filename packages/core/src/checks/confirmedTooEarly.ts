import { addYears, firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** 细则第三十二条: nobody can be a 正式党员 less than a year after joining (the 预备期 is one year). */
export function confirmedTooEarly(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const joined = asDate(values['joinDate']);
  if (values['category'] !== '正式党员' || joined === undefined) return noFindings;
  if (addYears(firstDay(joined), 1) <= lastDay(row.asOf)) return noFindings;
  return [
    {
      code: 'probation.tooEarly',
      params: { joined: formatDate(joined), asOf: formatDate(row.asOf) },
      field: 'category',
      rowIndex: row.rowIndex,
      severity: 'error',
    },
  ];
}
