import { firstDay, fullYearsBetween, lastDay } from '../dates/dateMath';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asDate, soundValues } from './rowValues';

const MINIMUM_AGE = 18;

/** 细则第五条: only a person 年满十八岁 may join; flagged only when even the oldest reading is under 18. */
export function joinAge(row: RowContext): readonly Finding[] {
  const values = soundValues(row);
  const birth = asDate(values['birthDate']);
  const joined = asDate(values['joinDate']);
  if (birth === undefined || joined === undefined) return noFindings;
  const oldest = fullYearsBetween(firstDay(birth), lastDay(joined));
  if (oldest >= MINIMUM_AGE) return noFindings;
  return [{ code: 'age.joinUnder18', params: { age: oldest }, field: 'joinDate', rowIndex: row.rowIndex, severity: 'error' }];
}
