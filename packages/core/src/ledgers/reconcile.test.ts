import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { CellValue } from '../grid/Grid';
import { sampleId } from '../testing/sampleId';
import { reconcile, type ReconcileSheet } from './reconcile';

const asOf = { year: 2026, month: 11, day: 22 };
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const id = {
  张伟: sampleId('19850312', '男'),
  李娜: sampleId('19900520', '女'),
  王强: sampleId('19781102', '男'),
  刘洋: sampleId('19960803', '男'),
  赵敏: sampleId('19930513', '女'),
  陈刚: sampleId('19670401', '男'),
  孙丽: sampleId('19880101', '女'),
  吴昊: sampleId('19800101', '男'),
  周杰: sampleId('19950101', '男'),
};
const 财政 = '某县财政局党支部';
const 税务 = '某县税务局党支部';

function sheet(name: string, values: CellValue[][]): ReconcileSheet {
  const { report, rows } = checkGrid({ sheet: name, origin: { row: 1, column: 1 }, values }, { asOf });
  if (report.template === null) throw new Error(`${name} was not recognised`);
  return { file: '某县财政局台账.xlsx', sheet: name, template: report.template, rows, columns: report.columns };
}

const roster = sheet('花名册', [
  ['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '转正时间', '所在党支部'],
  ['张伟', '男', id.张伟, '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), '中共某县财政局支部委员会'],
  ['李娜', '女', id.李娜, '正式党员', utc(2015, 6, 30), utc(2016, 6, 30), 财政],
  ['王强', '男', id.王强, '正式党员', utc(2001, 6, 15), utc(2002, 6, 15), 财政],
  ['刘洋', '男', id.刘洋, '预备党员', utc(2026, 6, 30), null, 财政],
  ['赵敏', '女', id.赵敏, '正式党员', utc(2012, 7, 1), utc(2013, 7, 1), 税务],
  ['陈刚', '男', id.陈刚, '正式党员', utc(1990, 7, 1), utc(1991, 7, 1), 税务],
  ['孙丽', '女', id.孙丽, '预备党员', utc(2026, 3, 20), null, 税务],
  ['吴昊', '男', id.吴昊, '正式党员', utc(2005, 7, 1), utc(2006, 7, 1), '某县档案馆党支部'],
]);

const organisations = sheet('党组织', [
  ['党组织名称', '组织类别', '党员数', '正式党员数', '上次换届时间'],
  ['中共某县财政局支部委员会', '党支部', 4, 3, '2025.03'],
  [税务, '党支部', 4, 3, '2025.03'],
  ['某县教育局党支部', '党支部', 6, 6, '2025.03'],
]);

const dues = sheet('党费', [
  ['姓名', '公民身份号码', '所在党支部', '人员类型', '计算基数', '月应缴党费'],
  ['张伟', id.张伟, 财政, '在职', 5100, 76.5],
  ['李娜', id.李娜, 财政, '在职', 4900, 49],
  ['王强', id.王强, 财政, '在职', 5100, 76.5],
  ['刘洋', id.刘洋, 财政, '在职', 6000, 90],
  ['赵敏', id.赵敏, 税务, '在职', 4000, 40],
  ['陈刚', id.陈刚, 税务, '在职', 3000, 15],
  ['周杰', id.周杰, 税务, '在职', 4500, 45],
]);

const development = sheet('发展党员', [
  ['姓名', '公民身份号码', '所在党支部', '提交入党申请书时间', '确定为入党积极分子时间', '确定为发展对象时间', '入党时间', '转正时间', '当前阶段'],
  ['刘洋', id.刘洋, 财政, utc(2024, 2, 15), utc(2024, 8, 20), utc(2025, 9, 1), utc(2026, 6, 30), null, '预备党员'],
  ['孙丽', id.孙丽, 税务, utc(2023, 5, 6), utc(2023, 11, 1), utc(2025, 1, 15), utc(2026, 3, 25), null, '预备党员'],
  ['周杰', id.周杰, 税务, utc(2023, 4, 1), utc(2023, 10, 1), utc(2025, 3, 1), utc(2026, 5, 10), null, '预备党员'],
  ['李娜', id.李娜, 财政, utc(2013, 9, 1), utc(2013, 12, 1), utc(2014, 12, 10), utc(2015, 6, 30), utc(2016, 6, 30), '正式党员'],
  ['赵敏', id.赵敏, 税务, utc(2010, 9, 1), utc(2010, 12, 1), utc(2011, 12, 10), utc(2012, 7, 1), null, '预备党员'],
]);

const cells = (issues: readonly { column: string; row: number; rule: string }[]) => issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`);

describe('reconcile a roster, a 党组织台账, a 党费台账 and a 发展党员台账', () => {
  const result = reconcile([roster, organisations, dues, development]);
  const issuesOf = (name: string) => result.sheets.find((entry) => entry.sheet === name)?.issues ?? [];

  it('reads each sheet as its ledger', () => {
    expect([roster, organisations, dues, development].map((entry) => entry.template)).toEqual(['roster', 'organisation', 'dues', 'development']);
  });

  it('puts each problem on the sheet where it is fixed', () => {
    expect(cells(issuesOf('花名册'))).toEqual(['C8 reconcile.noDuesRow', 'C9 reconcile.noDuesRow', 'G9 reconcile.branchUnknown']);
    expect(cells(issuesOf('党组织'))).toEqual(['C3 reconcile.memberCount', 'D3 reconcile.memberCount', 'A4 reconcile.organisationNoMembers']);
    expect(cells(issuesOf('党费'))).toEqual(['B8 reconcile.unknownPayer']);
    expect(cells(issuesOf('发展党员'))).toEqual(['G3 reconcile.joinDateMismatch', 'A4 reconcile.probationaryNotInRoster', 'I6 reconcile.categoryMismatch']);
  });

  it('explains them in Chinese with the figures', () => {
    expect(issuesOf('党组织').map((issue) => issue.message)).toEqual([
      '党员数为 4，花名册中该组织有 3 人',
      '正式党员数为 3，花名册中该组织有 2 人',
      '花名册中没有该党支部的党员：请核对支部名称或补充花名册',
    ]);
    expect(issuesOf('花名册')[2]).toMatchObject({ header: '所在党支部', severity: 'warning', params: { branch: '某县档案馆党支部', members: 1 } });
    expect(issuesOf('发展党员')[0]?.message).toBe('入党时间 2026-03-25 与花名册的入党时间 2026-03-20 不符');
    expect(issuesOf('发展党员')[2]?.params).toEqual({ development: '预备党员', roster: '正式党员' });
  });

  it('tabulates each branch, matching 中共…支部委员会 with …党支部', () => {
    expect(result.table.rows).toEqual([
      {
        label: '某县档案馆党支部',
        values: { rosterMembers: 1, statedMembers: '—', rosterFull: 1, statedFull: '—', noDues: 1, rosterProbationary: 0, developmentProbationary: 0, status: '党组织台账中没有；有党员无党费记录' },
      },
      {
        label: '某县教育局党支部',
        values: { rosterMembers: 0, statedMembers: 6, rosterFull: 0, statedFull: 6, noDues: 0, rosterProbationary: 0, developmentProbationary: 0, status: '花名册中没有' },
      },
      {
        label: 税务,
        values: {
          rosterMembers: 3,
          statedMembers: 4,
          rosterFull: 2,
          statedFull: 3,
          noDues: 1,
          rosterProbationary: 1,
          developmentProbationary: 3,
          status: '党员数不符；正式党员数不符；有党员无党费记录；预备党员人数不符',
        },
      },
      {
        label: '中共某县财政局支部委员会',
        values: { rosterMembers: 4, statedMembers: 4, rosterFull: 3, statedFull: 3, noDues: 0, rosterProbationary: 1, developmentProbationary: 1, status: '一致' },
      },
    ]);
    expect(result.table.total?.values).toEqual({
      rosterMembers: 8,
      statedMembers: 14,
      rosterFull: 6,
      statedFull: 12,
      noDues: 2,
      rosterProbationary: 2,
      developmentProbationary: 4,
      status: '',
    });
  });

  it('compares only the ledgers given', () => {
    const rosterAndDues = reconcile([roster, dues]);
    expect(rosterAndDues.sheets.map((entry) => cells(entry.issues))).toEqual([['C8 reconcile.noDuesRow', 'C9 reconcile.noDuesRow'], ['B8 reconcile.unknownPayer']]);
    expect(rosterAndDues.table.rows.find((row) => row.label === 税务)?.values).toMatchObject({ statedMembers: '—', developmentProbationary: '—', status: '有党员无党费记录' });
    expect(reconcile([organisations]).sheets[0]?.issues).toEqual([]);
  });
});
