import { firstDay, fullYearsBetween, lastDay } from '../dates/dateMath';
import { isPartialDate, type PartialDate } from '../dates/PartialDate';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext, RowRule } from '../templates/Template';
import { birthOfId } from './birthOfId';

const ID_NUMBER = /^\d{17}[\dX]$/;

/** A date of birth from a date field, or from the 出生日期码 of a sound 公民身份号码 field. */
function birthOf(row: RowContext, field: string): PartialDate | undefined {
  const value = row.values[field];
  if (row.invalid.has(field)) return undefined;
  if (isPartialDate(value)) return value;
  return typeof value === 'string' && ID_NUMBER.test(value) ? birthOfId(value) : undefined;
}

/**
 * The person was at least `years` old (周岁) on the date in field `at`; `birth` is a date field or an ID
 * number field. As with 入党 at 18, flagged only when even the oldest reading of the dates is under age.
 */
export function minAge(birth: string, at: string, years: number): RowRule {
  return (row) => {
    const born = birthOf(row, birth);
    const on = row.invalid.has(at) ? undefined : row.values[at];
    if (born === undefined || !isPartialDate(on)) return noFindings;
    const oldest = fullYearsBetween(firstDay(born), lastDay(on));
    if (oldest >= years) return noFindings;
    const finding: Finding = { code: 'age.under', params: { age: oldest, years }, field: at, rowIndex: row.rowIndex, severity: 'error' };
    return [finding];
  };
}
