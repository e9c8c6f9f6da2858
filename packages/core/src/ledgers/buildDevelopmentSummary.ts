import { usableDate, usableText } from '../checks/usableValues';
import { developmentStages, type DevelopmentStage } from '../codes/developmentStages';
import { isCollegeOrAbove } from '../codes/education';
import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { precisionOf } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';
import { ageAt } from '../stats/ageAt';
import { youngMemberMaxAge } from '../stats/ageBands';
import { share } from '../stats/share';
import type { HeadlineFigure, Summary, SummaryColumn, SummaryTable, SummaryTableRow } from '../summary/Summary';
import { excludedLabel, totalLabel } from '../summary/tableLabels';
import { developmentStageOf } from './developmentStageOf';
import type { LedgerSummaryInput } from './LedgerSummaryInput';

const defaultTitle = '发展党员情况汇总';
const byName = new Intl.Collator('zh-CN', { numeric: true });

const stageKeys: Readonly<Record<DevelopmentStage, string>> = {
  入党申请人: 'applicants',
  入党积极分子: 'activists',
  发展对象: 'candidates',
  预备党员: 'probationary',
  正式党员: 'confirmed',
};

/** 性别 as written, or read off the 17th character of a sound ID (GB 11643 顺序码, RULES.md §2). */
function sexOf(row: DataRow): string | undefined {
  const sex = usableText(row, 'sex');
  if (sex !== undefined) return sex;
  const id = usableText(row, 'idNumber');
  return id === undefined ? undefined : Number(id.charAt(16)) % 2 === 1 ? '男' : '女';
}

function stageCounts(rows: readonly DataRow[]): Record<string, number> {
  const values: Record<string, number> = {};
  for (const stage of developmentStages) values[stageKeys[stage]] = rows.filter((row) => developmentStageOf(row) === stage).length;
  values['people'] = rows.length;
  return values;
}

function stagesTable(rows: readonly DataRow[]): SummaryTable {
  const line = (label: string, count: number): SummaryTableRow => ({ label, values: { count } });
  return {
    id: 'stages',
    title: '发展阶段',
    columns: [
      { key: 'label', label: '阶段', format: 'text' },
      { key: 'count', label: '人数', format: 'count' },
    ],
    rows: developmentStages.map((stage) => line(stage, rows.filter((row) => developmentStageOf(row) === stage).length)),
    excluded: line(excludedLabel, rows.filter((row) => developmentStageOf(row) === undefined).length),
    total: line(totalLabel, rows.length),
  };
}

function branchesTable(rows: readonly DataRow[]): SummaryTable {
  const groups = new Map<string, DataRow[]>();
  const unplaced: DataRow[] = [];
  for (const row of rows) {
    const branch = usableText(row, 'branch');
    if (branch === undefined) unplaced.push(row);
    else groups.set(branch, [...(groups.get(branch) ?? []), row]);
  }
  const columns: SummaryColumn[] = [
    { key: 'label', label: '党支部', format: 'text' },
    ...developmentStages.map((stage): SummaryColumn => ({ key: stageKeys[stage], label: stage, format: 'count' })),
    { key: 'people', label: '合计', format: 'count' },
  ];
  return {
    id: 'branches',
    title: '各党支部发展党员情况',
    columns,
    rows: [...groups.keys()].sort(byName.compare).map((branch) => ({ label: branch, values: stageCounts(groups.get(branch) ?? []) })),
    excluded: { label: excludedLabel, values: stageCounts(unplaced) },
    total: { label: totalLabel, values: stageCounts(rows) },
  };
}

/**
 * The 发展党员台账 summary of issue 5: people at each stage (当前阶段, or the latest date filled in), by
 * branch; the 预备党员 received and the members confirmed in the as-of year; and, of those received, the
 * 公报's shares (RULES.md §7): 35岁及以下 (周岁 at the as-of date, RULES.md §10), 女 (from the ID when
 * 性别 is blank) and 大专及以上.
 *
 * @throws RangeError when `asOf` is not to the day.
 */
export function buildDevelopmentSummary(input: LedgerSummaryInput): Summary {
  if (precisionOf(input.asOf) !== 'day') throw new RangeError('buildDevelopmentSummary requires an as-of date to the day');
  const { rows, asOf } = input;
  const year = asOf.year;
  const asOfDay = lastDay(asOf);
  const inYear = (field: string) => (row: DataRow) => {
    const date = usableDate(row, field);
    return date !== undefined && date.year === year && firstDay(date) <= asOfDay;
  };
  const received = rows.filter(inYear('joinDate'));
  const confirmed = rows.filter(inYear('confirmDate'));
  const young = received.filter((row) => {
    const birth = usableDate(row, 'birthDate');
    return birth !== undefined && firstDay(birth) <= asOfDay && ageAt(birth, asOf) <= youngMemberMaxAge;
  }).length;
  const female = received.filter((row) => sexOf(row) === '女').length;
  const college = received.filter((row) => {
    const education = usableText(row, 'education');
    return education !== undefined && isCollegeOrAbove(education);
  }).length;
  const count = (stage: DevelopmentStage) => rows.filter((row) => developmentStageOf(row) === stage).length;
  const headline: Record<string, HeadlineFigure> = {
    people: { label: '台账人数', count: rows.length },
    applicants: { label: '入党申请人', count: count('入党申请人') },
    activists: { label: '入党积极分子', count: count('入党积极分子') },
    candidates: { label: '发展对象', count: count('发展对象') },
    probationary: { label: '预备党员', count: count('预备党员') },
    received: { label: `${year}年接收预备党员`, count: received.length },
    confirmed: { label: `${year}年预备党员转正`, count: confirmed.length },
    receivedAge35AndUnder: { label: '其中35岁及以下', count: young, share: share(young, received.length) },
    receivedFemale: { label: '其中女性', count: female, share: share(female, received.length) },
    receivedCollegeOrAbove: { label: '其中大专及以上学历', count: college, share: share(college, received.length) },
  };
  const notes: string[] = [];
  const unstaged = rows.filter((row) => developmentStageOf(row) === undefined).length;
  if (unstaged > 0) notes.push(`发展阶段：${unstaged} 人的当前阶段和各阶段时间均有误或缺失，列入“未计入”行。`);
  const noBirth = received.filter((row) => usableDate(row, 'birthDate') === undefined).length;
  if (noBirth > 0) notes.push(`${year}年接收的预备党员中 ${noBirth} 人出生日期有误或缺失，未计入35岁及以下人数。`);
  const noSex = received.filter((row) => sexOf(row) === undefined).length;
  if (noSex > 0) notes.push(`${year}年接收的预备党员中 ${noSex} 人性别有误或缺失，未计入女性人数。`);
  const noEducation = received.filter((row) => usableText(row, 'education') === undefined).length;
  if (noEducation > 0) notes.push(`${year}年接收的预备党员中 ${noEducation} 人学历有误或缺失，未计入大专及以上人数。`);
  return {
    title: input.title ?? defaultTitle,
    asOf: formatDate(asOf),
    template: 'development',
    sources: input.sources,
    headline,
    tables: [stagesTable(rows), branchesTable(rows)],
    charts: [{ id: 'stagesChart', kind: 'bar', title: '发展阶段', table: 'stages', series: ['count'] }],
    notes,
  };
}
