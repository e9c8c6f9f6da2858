import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import type { Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

/** The dates of the 发展 procedure in the order its stages come (细则; RULES.md §4), with their labels. */
const chain: readonly { readonly field: string; readonly label: string }[] = [
  { field: 'applicationDate', label: '提交入党申请书时间' },
  { field: 'activistDate', label: '确定为入党积极分子时间' },
  { field: 'candidateDate', label: '确定为发展对象时间' },
  { field: 'joinDate', label: '入党时间' },
  { field: 'confirmDate', label: '转正时间' },
];

/**
 * Each stage comes after the one before (申请 → 积极分子 → 发展对象 → 预备党员 → 转正), and the 谈话
 * after the 申请书: a date certainly before the nearest earlier date filled in is out of order.
 */
export function developmentDateOrder(row: RowContext): Finding[] {
  const values = soundValues(row);
  const findings: Finding[] = [];
  let previous: { label: string; date: PartialDate } | undefined;
  const check = (field: string, date: PartialDate, before: { label: string; date: PartialDate } | undefined) => {
    if (before === undefined || lastDay(date) >= firstDay(before.date)) return;
    findings.push({
      code: 'development.dateOrder',
      params: { previous: before.label, previousDate: formatDate(before.date), date: formatDate(date) },
      field,
      rowIndex: row.rowIndex,
      severity: 'error',
    });
  };
  for (const { field, label } of chain) {
    const date = asDate(values[field]);
    if (date === undefined) continue;
    check(field, date, previous);
    if (field === 'applicationDate') {
      const talked = asDate(values['talkDate']);
      if (talked !== undefined) check('talkDate', talked, { label, date });
    }
    previous = { label, date };
  }
  return findings;
}
