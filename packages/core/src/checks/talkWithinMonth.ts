import { addMonths, firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/**
 * 细则第七条: the 党组织 talks with an applicant within 一个月 of receiving the 入党申请书. A talk dated
 * certainly later, or none recorded once the month is certainly over, is a warning.
 */
export function talkWithinMonth(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const applied = asDate(values['applicationDate']);
  if (applied === undefined || !row.mapped.has('talkDate') || row.invalid.has('talkDate')) return noFindings;
  const deadline = addMonths(lastDay(applied), 1);
  const talked = asDate(values['talkDate']);
  if (talked === undefined) {
    if (firstDay(row.asOf) <= deadline) return noFindings;
    return [{ code: 'development.talkMissing', params: { applied: formatDate(applied) }, field: 'talkDate', rowIndex: row.rowIndex, severity: 'warning' }];
  }
  if (firstDay(talked) <= deadline) return noFindings;
  return [
    {
      code: 'development.talkLate',
      params: { applied: formatDate(applied), talked: formatDate(talked) },
      field: 'talkDate',
      rowIndex: row.rowIndex,
      severity: 'warning',
    },
  ];
}
