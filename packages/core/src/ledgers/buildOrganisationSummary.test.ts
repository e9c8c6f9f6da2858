import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { CellValue, Grid } from '../grid/Grid';
import { summaryToJson } from '../summary/summaryToJson';
import { buildOrganisationSummary } from './buildOrganisationSummary';
import { organisationGrading } from './organisationGrading';

const asOf = { year: 2026, month: 12, day: 31 };
const header = ['序号', '党组织名称', '组织类别', '党员数', '正式党员数', '上次换届时间', '上年度分类', '本年度分类', '是否大幅提升'];

interface Plan {
  readonly count: number;
  readonly last: string;
  /** This year's grade for the first n of them, in order; the rest keep last year's. */
  readonly moves: readonly (readonly [number, string])[];
  readonly improved: number;
}

/**
 * RULES.md §10's county example: 65 先进 (13 大幅提升), 174 一般 (44 升为先进, 70 大幅提升), 15 后进 (14 晋位升级).
 * 4 党委 and 10 党总支 come first, then 党支部 and 4 联合党支部; every row is otherwise sound.
 */
function countyGrid(): Grid {
  const plans: readonly Plan[] = [
    { count: 65, last: '先进', moves: [[2, '一般']], improved: 13 },
    { count: 174, last: '一般', moves: [[44, '先进'], [3, '后进']], improved: 70 },
    { count: 15, last: '后进', moves: [[4, '先进'], [10, '一般']], improved: 9 },
  ];
  const values: CellValue[][] = [['某县2026年度基层党组织分类定级台账'], header];
  let n = 0;
  for (const plan of plans) {
    const grades = plan.moves.flatMap(([times, grade]) => Array.from({ length: times }, () => grade));
    for (let i = 0; i < plan.count; i += 1) {
      n += 1;
      const kind = n <= 4 ? '党委' : n <= 14 ? '党总支' : n % 60 === 0 ? '联合党支部' : '党支部';
      const suffix = kind === '党委' ? '机关委员会' : kind === '党总支' ? '总支部委员会' : kind === '联合党支部' ? '联合支部委员会' : '支部委员会';
      const members = kind === '党委' ? 120 : kind === '党总支' ? 64 : kind === '联合党支部' ? 4 : 8 + (n % 30);
      const full = kind === '联合党支部' ? 2 : members - (n % 3);
      values.push([n, `中共某县第${n}单位${suffix}`, kind, members, full, '2025.03', plan.last, grades[i] ?? plan.last, i < plan.improved ? '是' : '否']);
    }
  }
  values.push(['填表人：王芳', null, null, null, '审核人：李明']);
  return { sheet: '分类定级', origin: { row: 1, column: 1 }, values };
}

describe('the 三分类 grading of RULES.md §10, end to end through checkGrid', () => {
  const { report, rows } = checkGrid(countyGrid(), { asOf });

  it('reads 254 sound organisations', () => {
    expect(report.template).toBe('organisation');
    expect(rows).toHaveLength(254);
    expect(report.issues).toEqual([]);
  });

  it('reproduces the county figures exactly: 20.0%, 25.3%, 40.2%, 93.3%', () => {
    expect(organisationGrading(rows)).toEqual([
      { class: '先进', count: 65, upgraded: 0, upgradeRate: 0, improved: 13, improvedRate: 0.2 },
      { class: '一般', count: 174, upgraded: 44, upgradeRate: 0.253, improved: 70, improvedRate: 0.402 },
      { class: '后进', count: 15, upgraded: 14, upgradeRate: 0.933, improved: 9, improvedRate: 0.6 },
    ]);
  });

  it('puts the grading, the kinds and the headline in the summary', () => {
    const summary = buildOrganisationSummary({ rows, asOf, sources: [{ file: '分类定级.xlsx', sheet: '分类定级', rows: 254 }] });
    const json = summaryToJson(summary);
    const grading = json.tables.find((table) => table.id === 'grading');
    expect(grading?.rows).toEqual([
      { label: '先进', count: 65, upgraded: 0, upgradeRate: 0, improved: 13, improvedRate: 0.2 },
      { label: '一般', count: 174, upgraded: 44, upgradeRate: 0.253, improved: 70, improvedRate: 0.402 },
      { label: '后进', count: 15, upgraded: 14, upgradeRate: 0.933, improved: 9, improvedRate: 0.6 },
    ]);
    expect(grading?.total).toEqual({ label: '合计', count: 254, upgraded: 58, upgradeRate: 0.228, improved: 92, improvedRate: 0.362 });
    expect(grading?.excluded).toEqual({ label: '未计入（数据有误或缺失）', count: 0 });
    // 4 联合党支部 at n = 60, 120, 180, 240; 236 党支部 with 8 + (n % 30) members each.
    expect(json.tables.find((table) => table.id === 'types')?.rows.map((row) => [row.label, row['count']])).toEqual([
      ['党委', 4],
      ['党总支', 10],
      ['党支部', 236],
      ['联合党支部', 4],
    ]);
    expect(json.headline).toEqual({
      organisations: 254,
      committees: 4,
      generalBranches: 10,
      branches: 240,
      members: 4 * 120 + 10 * 64 + 4 * 4 + branchMembers(),
      electionsOverdue: 0,
      electionsDueSoon: 0,
    });
    expect(summary.notes).toEqual([]);
  });
});

function branchMembers(): number {
  let sum = 0;
  for (let n = 15; n <= 254; n += 1) if (n % 60 !== 0) sum += 8 + (n % 30);
  return sum;
}

describe('buildOrganisationSummary on a small county ledger (as of 2026-11-22)', () => {
  const grid: Grid = {
    sheet: '党组织',
    origin: { row: 1, column: 1 },
    values: [
      ['党组织名称', '组织类别', '上级党组织', '党员数', '正式党员数', '成立时间', '上次换届时间', '上年定级', '本年定级', '是否大幅提升'],
      ['中共某县财政局机关委员会', '党委', '县直机关工委', 96, 94, '2008.06', '2022.05', '先进', '先进', '否'],
      ['某县财政局第一党支部', '党支部', '中共某县财政局机关委员会', 23, 22, '2008.06', '2023.12', '一般', '先进', '是'],
      ['某县财政局第二党支部', '党支部', '中共某县财政局机关委员会', 18, 18, '2008.06', '2024.04', '后进', '一般', '是'],
      ['某县档案馆党支部', '党支部', '县直机关工委', 5, 5, '2015.03', '2021.09', '一般', '一般', '否'],
      ['某县教育局党总支', '党总支', '县直机关工委', 75, 70, '2010.09', null, '好', '先进', '否'],
      ['某县史志办', '机关单位', '县直机关工委', 6, 6, '2012.01', '2024.01', '一般', '后进', '否'],
    ],
  };
  const { report, rows } = checkGrid(grid, { asOf: { year: 2026, month: 11, day: 22 } });
  const summary = buildOrganisationSummary({ rows, asOf: { year: 2026, month: 11, day: 22 }, sources: [{ sheet: '党组织', rows: 6 }] });
  const table = (id: string) => summary.tables.find((candidate) => candidate.id === id);

  it('checks the sheet as an organisation ledger', () => {
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual([
      'G5 organisation.electionOverdue',
      'F6 organisation.electionOverdue',
      'H6 field.enum',
      'B7 organisation.typeUnknown',
    ]);
  });

  it('counts the kinds, with the unknown one 未计入', () => {
    expect(table('types')?.rows.map((row) => [row.label, row.values['count'], row.values['members']])).toEqual([
      ['党委', 1, 96],
      ['党总支', 1, 75],
      ['党支部', 3, 46],
      ['联合党支部', 0, 0],
    ]);
    expect(table('types')?.excluded?.values).toEqual({ count: 1, members: 6, fullMembers: 6 });
  });

  it('lists the overdue 换届 and those due within six months, soonest first', () => {
    expect(table('elections')?.rows).toEqual([
      { label: '某县教育局党总支', values: { kind: '党总支', last: '2010-09', due: '2013-09', status: '已逾期' } },
      { label: '某县档案馆党支部', values: { kind: '党支部', last: '2021-09', due: '2024-09', status: '已逾期' } },
      { label: '某县财政局第一党支部', values: { kind: '党支部', last: '2023-12', due: '2026-12', status: '6个月内到期' } },
      { label: '某县财政局第二党支部', values: { kind: '党支部', last: '2024-04', due: '2027-04', status: '6个月内到期' } },
      { label: '中共某县财政局机关委员会', values: { kind: '党委', last: '2022-05', due: '2027-05', status: '6个月内到期' } },
    ]);
    expect(summary.headline['electionsOverdue']?.count).toBe(2);
    expect(summary.headline['electionsDueSoon']?.count).toBe(3);
  });

  it('leaves the four-level grade 好 out of the grading unless mapped, and says so', () => {
    expect(table('grading')?.rows.map((row) => [row.label, row.values['count'], row.values['upgraded']])).toEqual([
      ['先进', 1, 0],
      ['一般', 3, 1],
      ['后进', 1, 1],
    ]);
    expect(summary.notes).toEqual([
      '党组织类别：1 个党组织的组织类别无法识别，列入“未计入”行。',
      '分类定级：1 个党组织的上年定级有误或缺失，列入“未计入”行。',
    ]);
  });
});
