import { educationBuckets } from '../codes/education';
import { formatDate } from '../dates/dateMath';
import { precisionOf, type PartialDate } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';
import { ageBands } from '../stats/ageBands';
import { bandOf } from '../stats/bandOf';
import type { Band } from '../stats/Band';
import { joinPeriods } from '../stats/joinPeriods';
import { partyYearBands } from '../stats/partyYearBands';
import { periodOf } from '../stats/periodOf';
import { share } from '../stats/share';
import { branchTable } from './branchTable';
import { categoryTable } from './categoryTable';
import { duplicateNotes } from './duplicateNotes';
import type { DuplicatePerson } from './poolSheets';
import { rosterFigureKeys, type RosterFigureKey } from './rosterFigures';
import type { RowFacts } from './rowFacts';
import { tallyRoster } from './rosterTally';
import type { ChartSpec, HeadlineFigure, Summary, SummarySource, SummaryTable } from './Summary';

export interface RosterSummaryInput {
  readonly rows: readonly DataRow[];
  /** 统计截至, to the day. */
  readonly asOf: PartialDate;
  readonly sources: readonly SummarySource[];
  readonly title?: string;
  /** People found in more than one sheet when pooling (`poolSheets`), reported in the notes. */
  readonly duplicates?: readonly DuplicatePerson[];
  /** 党龄 bands; RULES.md §10 defaults. */
  readonly partyYearBands?: readonly Band[];
}

const defaultTitle = '党员基本情况汇总';

const otherEducation = '其他';

// Ethnic 民族 other than the 55 少数民族 (GB/T 3304 codes 97, 98), named in a note when present.
const neitherHanNorMinority = ['其他', '外国血统中国籍人士'];

const byName = new Intl.Collator('zh-CN', { numeric: true });

function figureLabels(asOfYear: number): Record<RosterFigureKey, string> {
  return {
    members: '党员总数',
    female: '女党员',
    ethnicMinority: '少数民族党员',
    probationary: '预备党员',
    age35AndUnder: '35岁及以下党员',
    collegeOrAbove: '大专及以上学历党员',
    newMembersThisYear: `${asOfYear}年入党党员`,
  };
}

/** 汉族 first, then the others by number of members, then by name. */
function ethnicityOrder(counts: ReadonlyMap<string | undefined, number>): string[] {
  const others = [...counts.keys()].filter((key): key is string => key !== undefined && key !== '汉族');
  others.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || byName.compare(a, b));
  return ['汉族', ...others];
}

interface TableDef {
  readonly id: string;
  readonly title: string;
  readonly header: string;
  /** Named in the note when rows are left out. */
  readonly needs: string;
  readonly key: (fact: RowFacts) => string | undefined;
  readonly order: (counts: ReadonlyMap<string | undefined, number>) => readonly string[];
}

function tableDefs(yearBands: readonly Band[]): readonly TableDef[] {
  const labels = (list: readonly { readonly label: string }[]) => () => list.map((item) => item.label);
  return [
    {
      id: 'age',
      title: '年龄结构',
      header: '年龄段',
      needs: '出生日期',
      key: (f) => (f.age === undefined ? undefined : bandOf(f.age, ageBands).label),
      order: labels(ageBands),
    },
    {
      id: 'education',
      title: '学历结构',
      header: '学历',
      needs: '学历',
      // 学历 其他 (GB/T 4658 code 90) is a real answer, not an error: its own line, shown when present.
      key: (f) => f.educationBucket ?? (f.education === undefined ? undefined : otherEducation),
      order: (counts) => (counts.has(otherEducation) ? [...educationBuckets, otherEducation] : educationBuckets),
    },
    {
      id: 'partyYears',
      title: '党龄结构',
      header: '党龄',
      needs: '人员类别或转正时间',
      key: (f) => (f.partyYears === undefined ? undefined : bandOf(f.partyYears, yearBands).label),
      order: labels(yearBands),
    },
    { id: 'ethnicity', title: '民族构成', header: '民族', needs: '民族', key: (f) => f.ethnicity, order: ethnicityOrder },
    {
      id: 'joinPeriod',
      title: '入党时间',
      header: '入党时期',
      needs: '入党时间',
      key: (f) => (f.joinDate === undefined ? undefined : periodOf(f.joinDate, joinPeriods).label),
      order: labels(joinPeriods),
    },
  ];
}

const charts: readonly ChartSpec[] = [
  { id: 'ageChart', kind: 'bar', title: '年龄结构', table: 'age', series: ['count'] },
  { id: 'branchChart', kind: 'bar', title: '各党支部党员数', table: 'branches', series: ['members'] },
  { id: 'educationChart', kind: 'pie', title: '学历结构', table: 'education', series: ['count'] },
];

/**
 * The roster summary of issue 3 (RULES.md §7, §10): headline figures with their shares of members, the
 * branch table, and one-way tables by age band, 学历, 党龄, 民族 and 入党时期. Members are all data
 * rows. A row whose needed field is blank or has an error goes to the table's 未计入（数据有误或缺失）
 * line, so every table adds up to the member count; notes say how many and why. No 公民身份号码 is
 * copied into the summary.
 *
 * @throws RangeError when `asOf` is not to the day.
 */
export function buildRosterSummary(input: RosterSummaryInput): Summary {
  if (precisionOf(input.asOf) !== 'day') throw new RangeError('buildRosterSummary requires an as-of date to the day');
  const asOfYear = input.asOf.year;
  const defs = tableDefs(input.partyYearBands ?? partyYearBands);
  const tally = tallyRoster(input.rows, input.asOf, defs.map((def) => def.key));
  const figures = tally.total;
  const members = figures.members;

  const labels = figureLabels(asOfYear);
  const headline: Record<string, HeadlineFigure> = {};
  for (const key of rosterFigureKeys) {
    headline[key] =
      key === 'members'
        ? { label: labels[key], count: figures[key] }
        : { label: labels[key], count: figures[key], share: share(figures[key], members) };
  }

  const notes: string[] = [];
  const tables: SummaryTable[] = [branchTable(tally.branches, tally.unplaced, figures)];
  const unplacedBranch = tally.unplaced.members;
  if (unplacedBranch > 0) notes.push(`各党支部党员情况：有 ${unplacedBranch} 人的所在党支部有误或缺失，列入“未计入”行。`);
  defs.forEach((def, index) => {
    const counts = tally.byKey[index] ?? new Map<string | undefined, number>();
    tables.push(categoryTable(def, counts, def.order(counts), members));
    const left = counts.get(undefined) ?? 0;
    if (left > 0) notes.push(`${def.title}：有 ${left} 人的${def.needs}有误或缺失，列入“未计入”行。`);
  });

  if (tally.noSex > 0) notes.push(`有 ${tally.noSex} 人的性别有误或缺失，未计入女党员人数。`);
  if (tally.noCategory > 0) notes.push(`有 ${tally.noCategory} 人的人员类别有误或缺失，未计入预备党员人数。`);
  if (tally.partialDates > 0) {
    notes.push(`有 ${tally.partialDates} 人的出生日期、入党时间或转正时间只写到月或年，按该月（年）最后一天计算年龄、党龄和入党时期。`);
  }
  const ethnicities = tally.byKey[defs.findIndex((def) => def.id === 'ethnicity')];
  const unusual = neitherHanNorMinority.filter((name) => ethnicities?.has(name) === true);
  if (unusual.length > 0) notes.push(`少数民族党员不含民族为“${unusual.join('”“')}”的人员。`);
  notes.push(...duplicateNotes(input.duplicates ?? []));

  return {
    title: input.title ?? defaultTitle,
    asOf: formatDate(input.asOf),
    template: 'roster',
    sources: input.sources,
    headline,
    tables,
    charts,
    notes,
  };
}
