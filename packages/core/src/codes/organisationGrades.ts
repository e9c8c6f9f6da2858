import type { EnumOption } from '../templates/Template';

/** The 三分类 grades (RULES.md §7, §10), lowest first so a later grade is a higher one. */
export type OrganisationGrade = '后进' | '一般' | '先进';

export const organisationGrades: readonly OrganisationGrade[] = ['后进', '一般', '先进'];

/** Display order of the grading table: 先进 first, as county reports list them. */
export const gradesHighFirst: readonly OrganisationGrade[] = ['先进', '一般', '后进'];

export function gradeRank(grade: OrganisationGrade): number {
  return organisationGrades.indexOf(grade);
}

export function isOrganisationGrade(value: unknown): value is OrganisationGrade {
  return typeof value === 'string' && (organisationGrades as readonly string[]).includes(value);
}

/**
 * The enum options of a grade column. The four-level 好 / 较好 / 一般 / 较差 form is read only through a
 * mapping the user chose (RULES.md §10), given as extra spellings per grade.
 */
export function gradeOptions(mapping: Readonly<Partial<Record<string, OrganisationGrade>>> = {}): EnumOption[] {
  return organisationGrades.map((grade) => ({
    value: grade,
    aliases: [`${grade}党组织`, `${grade}党支部`],
    synonyms: Object.entries(mapping)
      .filter(([spelling, target]) => target === grade && spelling !== grade)
      .map(([spelling]) => spelling),
  }));
}
