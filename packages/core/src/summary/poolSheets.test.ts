import { describe, expect, it } from '@jest/globals';
import { idCheckCharacter } from '../id/idCheckCharacter';
import type { DataRow } from '../report/DataRow';
import { buildRosterSummary } from './buildRosterSummary';
import { poolSheets, type PoolInput } from './poolSheets';
import { summaryToJson } from './summaryToJson';

interface Member {
  readonly name: string;
  readonly sex: '男' | '女';
  /** YYYYMMDD */
  readonly birth: string;
  readonly sequence: string;
}

function idOf(member: Member): string {
  const first17 = `330102${member.birth}${member.sequence}`;
  return first17 + idCheckCharacter(first17);
}

/** A generated branch upload: a header on row 2, people from row 3, every value clean. */
function branchFile(file: string, branch: string, members: readonly Member[]): PoolInput {
  const rows: DataRow[] = members.map((member, index) => ({
    row: index + 3,
    values: {
      name: member.name,
      sex: member.sex,
      ethnicity: '汉族',
      idNumber: idOf(member),
      birthDate: { year: Number(member.birth.slice(0, 4)), month: Number(member.birth.slice(4, 6)), day: Number(member.birth.slice(6)) },
      education: '大学',
      category: '正式党员',
      branch,
      joinDate: { year: 2015, month: 7, day: 1 },
      confirmDate: { year: 2016, month: 7, day: 1 },
    },
    invalid: new Set<string>(),
  }));
  return { file, sheet: '花名册', rows };
}

const liNa: Member = { name: '李娜', sex: '女', birth: '19950815', sequence: '002' };

const uploads: readonly PoolInput[] = [
  branchFile('城东社区党支部.xlsx', '城东社区党支部', [
    { name: '刘强', sex: '男', birth: '19900701', sequence: '011' },
    { name: '陈静', sex: '女', birth: '19800301', sequence: '022' },
    liNa,
    { name: '杨洋', sex: '男', birth: '20010120', sequence: '031' },
  ]),
  branchFile('机关党支部.xlsx', '机关党支部', [
    { name: '张伟', sex: '男', birth: '19700101', sequence: '003' },
    // 李娜 moved from 城东社区 to 机关 and is still on the old branch's list.
    liNa,
    { name: '王芳', sex: '女', birth: '19880203', sequence: '002' },
  ]),
  branchFile('农业站党支部.xlsx', '农业站党支部', [
    { name: '赵敏', sex: '女', birth: '19650912', sequence: '042' },
    { name: '黄磊', sex: '男', birth: '19781111', sequence: '051' },
    { name: '周婷', sex: '女', birth: '19930228', sequence: '062' },
    { name: '吴刚', sex: '男', birth: '19850310', sequence: '071' },
    { name: '孙杰', sex: '男', birth: '19750630', sequence: '013' },
  ]),
];

describe('poolSheets', () => {
  const pool = poolSheets(uploads);

  it('pools three branch uploads, counting the person found in two of them once (the first time)', () => {
    expect(pool.rows).toHaveLength(11);
    expect(pool.rows.filter((r) => r.values['name'] === '李娜').map((r) => r.values['branch'])).toEqual(['城东社区党支部']);
    expect(pool.sources).toEqual([
      { file: '城东社区党支部.xlsx', sheet: '花名册', rows: 4 },
      { file: '机关党支部.xlsx', sheet: '花名册', rows: 3 },
      { file: '农业站党支部.xlsx', sheet: '花名册', rows: 5 },
    ]);
  });

  it('reports the duplicate with every place it appears and a masked number', () => {
    expect(pool.duplicates).toEqual([
      {
        name: '李娜',
        maskedId: '330102********0022',
        occurrences: [
          { file: '城东社区党支部.xlsx', sheet: '花名册', row: 5 },
          { file: '机关党支部.xlsx', sheet: '花名册', row: 4 },
        ],
      },
    ]);
  });

  it('puts the duplicate in the county summary notes without the full number, one row per branch', () => {
    const summary = buildRosterSummary({
      rows: pool.rows,
      asOf: { year: 2024, month: 12, day: 31 },
      sources: pool.sources,
      duplicates: pool.duplicates,
      title: '某县党员汇总',
    });
    expect(summary.headline['members']?.count).toBe(11);
    expect(summary.headline['female']?.count).toBe(5);
    const branches = summary.tables.find((t) => t.id === 'branches');
    expect(branches?.rows.map((r) => [r.label, r.values['members']])).toEqual([
      ['城东社区党支部', 4],
      ['机关党支部', 2],
      ['农业站党支部', 5],
    ]);
    expect(summary.notes).toContain(
      '李娜（330102********0022）出现在 2 处：城东社区党支部.xlsx「花名册」第5行；机关党支部.xlsx「花名册」第4行。汇总只计一次（按第一处）。',
    );
    const json = summaryToJson(summary);
    expect(json.file).toBeNull();
    expect(JSON.stringify(json)).not.toMatch(/\d{17}[\dXx]/);
  });

  it('leaves repeats inside one sheet and rows without a usable number to the check', () => {
    const [first] = uploads;
    const [firstRow] = first?.rows ?? [];
    if (first === undefined || firstRow === undefined) throw new Error('fixture');
    const repeated: PoolInput = { ...first, rows: [...first.rows, { ...firstRow, row: 7 }] };
    const noId: PoolInput = {
      file: '无号码.xlsx',
      sheet: 'Sheet1',
      rows: [
        { row: 3, values: { name: '甲', idNumber: '无' }, invalid: new Set(['idNumber']) },
        { row: 4, values: { name: '乙', idNumber: '无' }, invalid: new Set(['idNumber']) },
      ],
    };
    const result = poolSheets([repeated, noId]);
    expect(result.rows).toHaveLength(7);
    expect(result.duplicates).toEqual([]);
  });

  it('keeps every row of a single sheet, repeats included, and reports no duplicate', () => {
    const [first] = uploads;
    const [firstRow] = first?.rows ?? [];
    if (first === undefined || firstRow === undefined) throw new Error('fixture');
    const repeated: PoolInput = { ...first, rows: [...first.rows, { ...firstRow, row: 7 }] };
    const result = poolSheets([repeated]);
    // The sheet's own list, not a copy: a city's roster is one sheet of 500,000 rows.
    expect(result.rows).toBe(repeated.rows);
    expect(result.duplicates).toEqual([]);
    expect(result.sources).toEqual([{ file: first.file, sheet: first.sheet, rows: first.rows.length + 1 }]);
  });
});
