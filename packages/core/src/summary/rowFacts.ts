import { isCollegeOrAbove, educationBucket, type EducationBucket } from '../codes/education';
import { firstDay } from '../dates/dateMath';
import { precisionOf, type PartialDate } from '../dates/PartialDate';
import { usableDate, usableText } from '../checks/usableValues';
import type { DataRow } from '../report/DataRow';
import { ageAt } from '../stats/ageAt';
import { partyYearsAt } from '../stats/partyYearsAt';

/** 民族 values that are not one of the 55 少数民族: 97 其他 (未识别民族) and 98 外国血统中国籍人士 (GB/T 3304). */
const notMinority: ReadonlySet<string> = new Set(['汉族', '其他', '外国血统中国籍人士']);

/**
 * What one roster row tells the summary. A fact is undefined when the field it comes from is blank or
 * carries an error (`DataRow.invalid`): the tables that need it count the row as 未计入.
 */
export interface RowFacts {
  readonly sex: string | undefined;
  readonly ethnicity: string | undefined;
  readonly ethnicMinority: boolean | undefined;
  /** 周岁 at the as-of date; undefined also for a birth date wholly after it. */
  readonly age: number | undefined;
  readonly education: string | undefined;
  /** Undefined for a blank or invalid 学历 and for 其他, which no bucket covers. */
  readonly educationBucket: EducationBucket | undefined;
  readonly collegeOrAbove: boolean | undefined;
  readonly category: string | undefined;
  /** 0 for a 预备党员; undefined for a 正式党员 without a usable 转正时间 or an unknown category. */
  readonly partyYears: number | undefined;
  readonly branch: string | undefined;
  readonly joinDate: PartialDate | undefined;
  /** Whether a date used above is stated only to the month or year, so a figure may rest on the convention. */
  readonly partialDates: boolean;
}

/** Text as the summary counts it, white space at either end ignored. */
function countedText(row: DataRow, field: string): string | undefined {
  return usableText(row, field)?.trim();
}

export function rowFacts(row: DataRow, asOf: PartialDate): RowFacts {
  const asOfDay = firstDay(asOf);
  const ethnicity = countedText(row, 'ethnicity');
  const education = countedText(row, 'education');
  const category = countedText(row, 'category');
  const birth = usableDate(row, 'birthDate');
  const joinDate = usableDate(row, 'joinDate');
  const confirm = category === '正式党员' ? usableDate(row, 'confirmDate') : undefined;
  const age = birth !== undefined && firstDay(birth) <= asOfDay ? ageAt(birth, asOf) : undefined;
  const partyYears =
    category === '预备党员' ? partyYearsAt(undefined, asOf) : confirm !== undefined ? partyYearsAt(confirm, asOf) : undefined;
  return {
    sex: countedText(row, 'sex'),
    ethnicity,
    ethnicMinority: ethnicity === undefined ? undefined : !notMinority.has(ethnicity),
    age,
    education,
    educationBucket: education === undefined ? undefined : educationBucket(education),
    collegeOrAbove: education === undefined ? undefined : isCollegeOrAbove(education),
    category,
    partyYears,
    branch: countedText(row, 'branch'),
    joinDate,
    partialDates: [birth, joinDate, confirm].some((date) => date !== undefined && precisionOf(date) !== 'day'),
  };
}
