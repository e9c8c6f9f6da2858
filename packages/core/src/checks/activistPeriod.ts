import { addYears, firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** 细则第十三条: a 积极分子 becomes a 发展对象 only after 一年以上 of 培养教育和考察. */
export function activistPeriod(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const activist = asDate(values['activistDate']);
  const candidate = asDate(values['candidateDate']);
  if (activist === undefined || candidate === undefined) return noFindings;
  if (lastDay(candidate) >= addYears(firstDay(activist), 1)) return noFindings;
  return [
    {
      code: 'development.activistTooShort',
      params: { activist: formatDate(activist), candidate: formatDate(candidate) },
      field: 'candidateDate',
      rowIndex: row.rowIndex,
      severity: 'error',
    },
  ];
}
