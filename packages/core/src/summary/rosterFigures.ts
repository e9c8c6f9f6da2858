import { youngMemberMaxAge } from '../stats/ageBands';
import type { RowFacts } from './rowFacts';

/** The headline figures of a roster summary (issue 3; the 公报 ratios of RULES.md §7), in display order. */
export const rosterFigureKeys = [
  'members',
  'female',
  'ethnicMinority',
  'probationary',
  'age35AndUnder',
  'collegeOrAbove',
  'newMembersThisYear',
] as const;

export type RosterFigureKey = (typeof rosterFigureKeys)[number];

/**
 * Counts the headline figures over some members. Members = every row; each other figure counts the rows
 * whose needed field is usable and qualifies, so a row with a bad 性别 is a member but not counted as 女.
 * newMembersThisYear counts 入党时间 in the as-of year (its year is known at every precision).
 */
export function rosterFigures(facts: readonly RowFacts[], asOfYear: number): Record<RosterFigureKey, number> {
  const count = (test: (fact: RowFacts) => boolean) => facts.filter(test).length;
  return {
    members: facts.length,
    female: count((f) => f.sex === '女'),
    ethnicMinority: count((f) => f.ethnicMinority === true),
    probationary: count((f) => f.category === '预备党员'),
    age35AndUnder: count((f) => f.age !== undefined && f.age <= youngMemberMaxAge),
    collegeOrAbove: count((f) => f.collegeOrAbove === true),
    newMembersThisYear: count((f) => f.joinDate?.year === asOfYear),
  };
}
