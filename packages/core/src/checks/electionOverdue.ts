import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { electionDue } from './organisationFacts';

/**
 * 《关于党的基层组织任期的意见》(2018): 党委 5年, 党总支 and 党支部 3年 (村、社区 5年). Flagged only when
 * the term has certainly run out by the as-of date; a warning, since a 换届 may be put off for up to a
 * year with approval (选举工作条例第三条).
 */
export function electionOverdue(row: RowContext): readonly Finding[] {
  const due = electionDue(row);
  if (due === undefined || lastDay(due.due) >= firstDay(row.asOf)) return noFindings;
  return [
    {
      code: 'organisation.electionOverdue',
      params: { last: formatDate(due.start), due: formatDate(due.due), years: due.years },
      field: due.startField,
      rowIndex: row.rowIndex,
      severity: 'warning',
    },
  ];
}
