import { electionDue, kindOf } from '../checks/organisationFacts';
import { usableNumber, usableText } from '../checks/usableValues';
import { organisationKinds, type OrganisationKind } from '../codes/organisationKinds';
import { addMonths, firstDay, formatDate, lastDay } from '../dates/dateMath';
import { precisionOf } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';
import type { HeadlineFigure, Summary, SummaryTable, SummaryTableRow } from '../summary/Summary';
import { excludedLabel, totalLabel } from '../summary/tableLabels';
import type { LedgerSummaryInput } from './LedgerSummaryInput';
import { organisationGrading } from './organisationGrading';
import { roundRate } from './roundRate';

const defaultTitle = '党组织情况汇总';

/** RULES.md §5.2: the organisations to prepare a 换届 for soon. */
const DUE_SOON_MONTHS = 6;

/** Always shown, even at 0; the others only when present. */
const mainKinds: readonly OrganisationKind[] = ['党委', '党总支', '党支部', '联合党支部'];

function typesTable(rows: readonly DataRow[]): SummaryTable {
  const line = (label: string, group: readonly DataRow[]): SummaryTableRow => ({
    label,
    values: {
      count: group.length,
      members: group.reduce((sum, row) => sum + (usableNumber(row, 'members') ?? 0), 0),
      fullMembers: group.reduce((sum, row) => sum + (usableNumber(row, 'fullMembers') ?? 0), 0),
    },
  });
  const shown = organisationKinds.filter((kind) => mainKinds.includes(kind) || rows.some((row) => kindOf(row) === kind));
  return {
    id: 'types',
    title: '党组织类别',
    columns: [
      { key: 'label', label: '组织类别', format: 'text' },
      { key: 'count', label: '个数', format: 'count' },
      { key: 'members', label: '党员数', format: 'count' },
      { key: 'fullMembers', label: '正式党员数', format: 'count' },
    ],
    rows: shown.map((kind) => line(kind, rows.filter((row) => kindOf(row) === kind))),
    excluded: line(excludedLabel, rows.filter((row) => kindOf(row) === undefined)),
    total: line(totalLabel, rows),
  };
}

function gradingTable(rows: readonly DataRow[]): SummaryTable {
  const lines = organisationGrading(rows);
  const count = lines.reduce((sum, line) => sum + line.count, 0);
  const upgraded = lines.reduce((sum, line) => sum + line.upgraded, 0);
  const improved = lines.reduce((sum, line) => sum + line.improved, 0);
  return {
    id: 'grading',
    title: '分类定级及晋位升级情况',
    columns: [
      { key: 'label', label: '上年定级', format: 'text' },
      { key: 'count', label: '个数', format: 'count' },
      { key: 'upgraded', label: '晋位升级', format: 'count' },
      { key: 'upgradeRate', label: '升级率', format: 'percent' },
      { key: 'improved', label: '大幅提升', format: 'count' },
      { key: 'improvedRate', label: '提升率', format: 'percent' },
    ],
    rows: lines.map((line) => ({
      label: line.class,
      values: { count: line.count, upgraded: line.upgraded, upgradeRate: line.upgradeRate, improved: line.improved, improvedRate: line.improvedRate },
    })),
    excluded: { label: excludedLabel, values: { count: rows.length - count } },
    total: {
      label: totalLabel,
      values: { count, upgraded, upgradeRate: roundRate(upgraded, count), improved, improvedRate: roundRate(improved, count) },
    },
  };
}

interface Election {
  readonly name: string;
  readonly kind: string;
  readonly last: string;
  readonly due: string;
  readonly dueDay: number;
  readonly overdue: boolean;
}

function elections(rows: readonly DataRow[], asOfDay: number): Election[] {
  const soon = addMonths(asOfDay, DUE_SOON_MONTHS);
  const found: Election[] = [];
  for (const row of rows) {
    const due = electionDue(row);
    if (due === undefined) continue;
    const overdue = lastDay(due.due) < asOfDay;
    if (!overdue && firstDay(due.due) > soon) continue;
    found.push({
      name: usableText(row, 'orgName') ?? `第 ${row.row} 行`,
      kind: kindOf(row) ?? '',
      last: formatDate(due.start),
      due: formatDate(due.due),
      dueDay: firstDay(due.due),
      overdue,
    });
  }
  return found.sort((a, b) => a.dueDay - b.dueDay);
}

function electionsTable(list: readonly Election[]): SummaryTable {
  return {
    id: 'elections',
    title: `换届到期情况（已逾期及${DUE_SOON_MONTHS}个月内到期）`,
    columns: [
      { key: 'label', label: '党组织名称', format: 'text' },
      { key: 'kind', label: '组织类别', format: 'text' },
      { key: 'last', label: '上次换届（成立）时间', format: 'text' },
      { key: 'due', label: '应换届时间', format: 'text' },
      { key: 'status', label: '状态', format: 'text' },
    ],
    rows: list.map((item) => ({
      label: item.name,
      values: { kind: item.kind, last: item.last, due: item.due, status: item.overdue ? '已逾期' : `${DUE_SOON_MONTHS}个月内到期` },
    })),
  };
}

/**
 * The 党组织台账 summary of issue 5: counts by kind with their 党员数, the 三分类 grading table by last
 * year's grade (晋位升级 and 升级率, 大幅提升 and 提升率, RULES.md §10; `organisationGrading` gives the same
 * lines as plain data for `--json`), and the organisations whose 换届 is overdue or due within six months
 * (5 years for a 党委, 3 for a 党总支 or 党支部, RULES.md §5.2).
 *
 * @throws RangeError when `asOf` is not to the day.
 */
export function buildOrganisationSummary(input: LedgerSummaryInput): Summary {
  if (precisionOf(input.asOf) !== 'day') throw new RangeError('buildOrganisationSummary requires an as-of date to the day');
  const { rows } = input;
  const asOfDay = firstDay(input.asOf);
  const due = elections(rows, asOfDay);
  const countKinds = (...kinds: OrganisationKind[]) => rows.filter((row) => kinds.some((kind) => kindOf(row) === kind)).length;
  const headline: Record<string, HeadlineFigure> = {
    organisations: { label: '党组织总数', count: rows.length },
    committees: { label: '党委', count: countKinds('党委') },
    generalBranches: { label: '党总支', count: countKinds('党总支') },
    branches: { label: '党支部（含联合党支部）', count: countKinds('党支部', '联合党支部') },
    members: { label: '党员数合计', count: rows.reduce((sum, row) => sum + (usableNumber(row, 'members') ?? 0), 0) },
    electionsOverdue: { label: '换届已逾期', count: due.filter((item) => item.overdue).length },
    electionsDueSoon: { label: `${DUE_SOON_MONTHS}个月内应换届`, count: due.filter((item) => !item.overdue).length },
  };
  const notes: string[] = [];
  const unknownKind = rows.filter((row) => kindOf(row) === undefined).length;
  if (unknownKind > 0) notes.push(`党组织类别：${unknownKind} 个党组织的组织类别无法识别，列入“未计入”行。`);
  const noMembers = rows.filter((row) => usableNumber(row, 'members') === undefined).length;
  if (noMembers > 0) notes.push(`${noMembers} 个党组织的党员数有误或缺失，按 0 计入党员数合计。`);
  const ungraded = rows.length - organisationGrading(rows).reduce((sum, line) => sum + line.count, 0);
  if (ungraded > 0) notes.push(`分类定级：${ungraded} 个党组织的上年定级有误或缺失，列入“未计入”行。`);
  return {
    title: input.title ?? defaultTitle,
    asOf: formatDate(input.asOf),
    template: 'organisation',
    sources: input.sources,
    headline,
    tables: [typesTable(rows), gradingTable(rows), electionsTable(due)],
    charts: [{ id: 'typesChart', kind: 'bar', title: '党组织类别', table: 'types', series: ['count'] }],
    notes,
  };
}
