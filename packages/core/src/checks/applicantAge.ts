import { firstDay, fullYearsBetween, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

const MINIMUM_AGE = 18;

/** 细则第五条: only a person 年满十八岁 may apply; flagged only when even the oldest reading is under 18. */
export function applicantAge(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const birth = asDate(values['birthDate']);
  const applied = asDate(values['applicationDate']);
  if (birth === undefined || applied === undefined) return noFindings;
  const oldest = fullYearsBetween(firstDay(birth), lastDay(applied));
  if (oldest >= MINIMUM_AGE) return noFindings;
  return [{ code: 'development.applicantUnder18', params: { age: oldest }, field: 'applicationDate', rowIndex: row.rowIndex, severity: 'error' }];
}
