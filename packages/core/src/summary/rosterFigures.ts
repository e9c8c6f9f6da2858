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

export type RosterFigures = Record<RosterFigureKey, number>;

export function emptyRosterFigures(): RosterFigures {
  return { members: 0, female: 0, ethnicMinority: 0, probationary: 0, age35AndUnder: 0, collegeOrAbove: 0, newMembersThisYear: 0 };
}

/**
 * Counts one member into the headline figures. Members = every row; each other figure counts the rows
 * whose needed field is usable and qualifies, so a row with a bad 性别 is a member but not counted as 女.
 * newMembersThisYear counts 入党时间 in the as-of year (its year is known at every precision).
 */
export function countIntoFigures(figures: RosterFigures, fact: RowFacts, asOfYear: number): void {
  figures.members += 1;
  if (fact.sex === '女') figures.female += 1;
  if (fact.ethnicMinority === true) figures.ethnicMinority += 1;
  if (fact.category === '预备党员') figures.probationary += 1;
  if (fact.age !== undefined && fact.age <= youngMemberMaxAge) figures.age35AndUnder += 1;
  if (fact.collegeOrAbove === true) figures.collegeOrAbove += 1;
  if (fact.joinDate?.year === asOfYear) figures.newMembersThisYear += 1;
}
