import { gradeRank, gradesHighFirst, isOrganisationGrade, type OrganisationGrade } from '../codes/organisationGrades';
import type { DataRow } from '../report/DataRow';
import { roundRate } from './roundRate';

/** One line of the 三分类 table: the organisations graded `class` last year and how they moved. */
export interface GradingLine {
  readonly class: OrganisationGrade;
  readonly count: number;
  /** 晋位升级: graded higher this year than last. */
  readonly upgraded: number;
  /** upgraded ÷ count, a fraction rounded to one decimal in percent (0.253). */
  readonly upgradeRate: number;
  /** 大幅提升: marked 是否大幅提升 = 是, whatever the grade. */
  readonly improved: number;
  readonly improvedRate: number;
}

function grade(row: DataRow, field: string): OrganisationGrade | undefined {
  const value = row.invalid.has(field) ? undefined : row.values[field];
  return isOrganisationGrade(value) ? value : undefined;
}

/**
 * The 三分类 grading by last year's grade (RULES.md §10), 先进 first: count, 晋位升级 and 升级率,
 * 大幅提升 and 提升率. A row with no usable 上年定级 is left out; one with no usable 本年定级 is counted
 * but not as 晋位升级.
 *
 * @example organisationGrading(rows) // [{ class: '先进', count: 65, upgraded: 0, upgradeRate: 0, improved: 13, improvedRate: 0.2 }, …]
 */
export function organisationGrading(rows: readonly DataRow[]): GradingLine[] {
  return gradesHighFirst.map((last) => {
    const graded = rows.filter((row) => grade(row, 'lastGrade') === last);
    const upgraded = graded.filter((row) => {
      const now = grade(row, 'grade');
      return now !== undefined && gradeRank(now) > gradeRank(last);
    }).length;
    const improved = graded.filter((row) => !row.invalid.has('improved') && row.values['improved'] === '是').length;
    return {
      class: last,
      count: graded.length,
      upgraded,
      upgradeRate: roundRate(upgraded, graded.length),
      improved,
      improvedRate: roundRate(improved, graded.length),
    };
  });
}
