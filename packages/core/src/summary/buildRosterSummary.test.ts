import { describe, expect, it } from '@jest/globals';
import { sum } from 'simple-statistics';
import type { PartialDate } from '../dates/PartialDate';
import type { DataRow, FieldValue } from '../report/DataRow';
import { buildRosterSummary } from './buildRosterSummary';
import type { SummaryTable } from './Summary';
import { summaryToJson } from './summaryToJson';

const asOf = { year: 2025, month: 6, day: 30 };
const d = (year: number, month?: number, day?: number): PartialDate =>
  month === undefined ? { year } : day === undefined ? { year, month } : { year, month, day };

type Person = Record<string, FieldValue | undefined>;

// Blank cells are left out of `values`, as the reader does; `invalid` lists the fields with an error.
function row(number: number, person: Person, invalid: readonly string[] = []): DataRow {
  const values: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(person)) if (value !== undefined) values[key] = value;
  return { row: number, values, invalid: new Set(invalid) };
}

const roster: readonly DataRow[] = [
  row(3, { name: '张伟', sex: '男', ethnicity: '汉族', idNumber: '11010519600512001X', birthDate: d(1960, 5, 12), education: '大学', category: '正式党员', branch: '机关党支部', joinDate: d(1985, 6, 1), confirmDate: d(1986, 6, 1) }),
  row(4, { name: '李娜', sex: '女', ethnicity: '汉族', birthDate: d(1995, 8), education: '硕士研究生', category: '正式党员', branch: '机关党支部', joinDate: d(2018, 7, 1), confirmDate: d(2019, 7, 1) }),
  row(5, { name: '王芳', sex: '女', ethnicity: '回族', birthDate: d(1990, 6, 15), education: '大专', category: '预备党员', branch: '机关党支部', joinDate: d(2025, 3, 1) }),
  row(6, { name: '刘强', sex: '男', ethnicity: '汉族', birthDate: d(1990, 7, 1), education: '中等专科', category: '正式党员', branch: '城东社区党支部', joinDate: d(2015, 6), confirmDate: d(2016, 6) }),
  row(7, { name: '陈静', sex: '女', ethnicity: '汉族', birthDate: d(1930, 3, 1), education: '小学', category: '正式党员', branch: '城东社区党支部', joinDate: d(1949, 10), confirmDate: d(1950, 10) }),
  row(8, { name: '杨洋', sex: '男', ethnicity: '壮族', birthDate: d(2001, 1, 20), education: '大学', category: '正式党员', branch: '城东社区党支部', joinDate: d(2022, 11, 10), confirmDate: d(2023, 11, 10) }),
  row(9, { name: '赵敏', sex: '女', ethnicity: '汉族', birthDate: d(1928), education: '初中', category: '正式党员', branch: '农业站党支部', joinDate: d(1948, 5, 4), confirmDate: d(1949, 5, 4) }),
  row(10, { name: '黄磊', sex: '男', ethnicity: '汉族', birthDate: d(1978, 11, 11), education: '大学肄', category: '正式党员', branch: '农业站党支部', joinDate: d(2005, 7, 1), confirmDate: d(2006, 7, 1) }, ['education']),
  row(11, { name: '周婷', ethnicity: '汉族', birthDate: '1993-02-30', education: '大专', category: '正式党员', branch: '农业站党支部', joinDate: d(2012, 11), confirmDate: d(2013, 11) }, ['birthDate']),
  row(12, { name: '吴刚', sex: '男', ethnicity: '蒙古族', birthDate: d(1985, 3, 10), education: '大学', category: '正式党员', joinDate: d(2010, 1, 5), confirmDate: d(2011, 1, 5) }),
  row(13, { name: '徐丽', sex: '女', birthDate: d(1982, 12), education: '普通高中', category: '正式党员', branch: '城东社区党支部', joinDate: d(2004, 6, 30) }),
  row(14, { name: '孙杰', sex: '男', ethnicity: '汉族', birthDate: d(1970, 6, 30), education: '其他', category: '党员', branch: '机关党支部', joinDate: d(1995, 7, 1), confirmDate: d(1996, 7, 1) }, ['category']),
  row(15, { name: '郑红', sex: '女', ethnicity: '汉族', birthDate: d(1965, 2), education: '大专', category: '正式党员', branch: '机关党支部', joinDate: d(2030, 1, 1), confirmDate: d(1990, 1) }, ['joinDate']),
];

const summary = buildRosterSummary({ rows: roster, asOf, sources: [{ file: '花名册.xlsx', sheet: '党员', rows: 13 }] });

function table(id: string): SummaryTable {
  const found = summary.tables.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
}

/** label → count, in display order, 未计入 and 合计 last. */
function counts(id: string): [string, unknown][] {
  const t = table(id);
  return [...t.rows, ...(t.excluded ? [t.excluded] : []), ...(t.total ? [t.total] : [])].map((r) => [r.label, r.values['count']]);
}

describe('buildRosterSummary on a 13-member roster (as of 2025-06-30)', () => {
  it('gives the headline figures with shares of members', () => {
    expect(summary.asOf).toBe('2025-06-30');
    expect(summary.template).toBe('roster');
    expect(summary.title).toBe('党员基本情况汇总');
    expect(summary.headline).toEqual({
      members: { label: '党员总数', count: 13 },
      female: { label: '女党员', count: 6, share: 6 / 13 },
      ethnicMinority: { label: '少数民族党员', count: 3, share: 3 / 13 },
      probationary: { label: '预备党员', count: 1, share: 1 / 13 },
      age35AndUnder: { label: '35岁及以下党员', count: 4, share: 4 / 13 },
      collegeOrAbove: { label: '大专及以上学历党员', count: 7, share: 7 / 13 },
      newMembersThisYear: { label: '2025年入党党员', count: 1, share: 1 / 13 },
    });
  });

  it('bands ages in 周岁, month-precision births at the month end, the bad birth date 未计入', () => {
    expect(counts('age')).toEqual([
      ['30岁及以下', 2],
      ['31至35岁', 2],
      ['36至40岁', 1],
      ['41至45岁', 1],
      ['46至50岁', 1],
      ['51至55岁', 1],
      ['56至60岁', 1],
      ['61岁及以上', 3],
      ['未计入（数据有误或缺失）', 1],
      ['合计', 13],
    ]);
    expect(table('age').columns.map((c) => [c.key, c.label, c.format])).toEqual([
      ['label', '年龄段', 'text'],
      ['count', '人数', 'count'],
      ['share', '占比', 'percent'],
    ]);
  });

  it('groups 学历 into buckets, with 其他 on its own line and the wrong value 未计入', () => {
    expect(counts('education')).toEqual([
      ['研究生', 1],
      ['大学本科', 3],
      ['大学专科', 3],
      ['中专', 1],
      ['高中（含职高、技校）', 1],
      ['初中及以下', 2],
      ['其他', 1],
      ['未计入（数据有误或缺失）', 1],
      ['合计', 13],
    ]);
  });

  it('bands 党龄 from 转正时间: 预备党员 at 0, a 正式党员 without 转正时间 and an unknown category 未计入', () => {
    expect(counts('partyYears')).toEqual([
      ['不满5年', 2],
      ['5至9年', 2],
      ['10至19年', 3],
      ['20至29年', 0],
      ['30至39年', 2],
      ['40至49年', 0],
      ['50年及以上', 2],
      ['未计入（数据有误或缺失）', 2],
      ['合计', 13],
    ]);
  });

  it('lists 汉族 first, then other 民族 by count and name', () => {
    expect(counts('ethnicity')).toEqual([
      ['汉族', 9],
      ['回族', 1],
      ['蒙古族', 1],
      ['壮族', 1],
      ['未计入（数据有误或缺失）', 1],
      ['合计', 13],
    ]);
  });

  it('places 入党时间 in the 2021公报 periods', () => {
    expect(counts('joinPeriod')).toEqual([
      ['新中国成立前', 1],
      ['新中国成立后至党的十一届三中全会前', 1],
      ['十一届三中全会后至党的十八大前', 5],
      ['党的十八大以来', 5],
      ['未计入（数据有误或缺失）', 1],
      ['合计', 13],
    ]);
  });

  it('gives one row per branch, sorted by name, with shares of the branch; the total equals the headline', () => {
    const branches = table('branches');
    const line = (label: string, values: number[]) => {
      const [members = 0, female = 0, minority = 0, probationary = 0, young = 0, college = 0] = values;
      return {
        label,
        values: {
          members,
          female,
          femaleShare: members === 0 ? 0 : female / members,
          ethnicMinority: minority,
          ethnicMinorityShare: members === 0 ? 0 : minority / members,
          probationary,
          probationaryShare: members === 0 ? 0 : probationary / members,
          age35AndUnder: young,
          age35AndUnderShare: members === 0 ? 0 : young / members,
          collegeOrAbove: college,
          collegeOrAboveShare: members === 0 ? 0 : college / members,
        },
      };
    };
    expect(branches.rows).toEqual([
      line('城东社区党支部', [4, 2, 1, 0, 2, 1]),
      line('机关党支部', [5, 3, 1, 1, 2, 4]),
      line('农业站党支部', [3, 1, 0, 0, 0, 1]),
    ]);
    expect(branches.excluded).toEqual(line('未计入（数据有误或缺失）', [1, 0, 1, 0, 0, 1]));
    expect(branches.total).toEqual(line('合计', [13, 6, 3, 1, 4, 7]));
    expect(branches.columns.map((c) => c.label)).toEqual([
      '党支部', '党员数', '女', '女占比', '少数民族', '少数民族占比', '预备党员', '预备党员占比', '35岁及以下', '35岁及以下占比', '大专及以上', '大专及以上占比',
    ]);
  });

  it('has percentages that add up to 100% in every one-way table, 未计入 included', () => {
    for (const t of summary.tables.filter((x) => x.id !== 'branches')) {
      const shares = [...t.rows, ...(t.excluded ? [t.excluded] : [])].map((r) => Number(r.values['share']));
      expect(sum(shares)).toBeCloseTo(1, 12);
      const shownPercents = shares.map((s) => Math.round(s * 1000) / 10);
      expect(Math.abs(sum(shownPercents) - 100)).toBeLessThanOrEqual(0.05 * shares.length);
      expect(t.total?.values['share']).toBe(1);
    }
  });

  it('explains in notes what was left out and the date convention', () => {
    expect(summary.notes).toEqual([
      '各党支部党员情况：有 1 人的所在党支部有误或缺失，列入“未计入”行。',
      '年龄结构：有 1 人的出生日期有误或缺失，列入“未计入”行。',
      '学历结构：有 1 人的学历有误或缺失，列入“未计入”行。',
      '党龄结构：有 2 人的人员类别或转正时间有误或缺失，列入“未计入”行。',
      '民族构成：有 1 人的民族有误或缺失，列入“未计入”行。',
      '入党时间：有 1 人的入党时间有误或缺失，列入“未计入”行。',
      '有 1 人的性别有误或缺失，未计入女党员人数。',
      '有 1 人的人员类别有误或缺失，未计入预备党员人数。',
      '有 7 人的出生日期、入党时间或转正时间只写到月或年，按该月（年）最后一天计算年龄、党龄和入党时期。',
    ]);
  });

  it('asks for bar charts of age bands and branches and a pie of 学历', () => {
    expect(summary.charts.map((c) => [c.kind, c.table, c.series])).toEqual([
      ['bar', 'age', ['count']],
      ['bar', 'branches', ['members']],
      ['pie', 'education', ['count']],
    ]);
    for (const chart of summary.charts) expect(summary.tables.map((t) => t.id)).toContain(chart.table);
  });

  it('never carries a 公民身份号码, not even in its JSON', () => {
    const text = JSON.stringify(summaryToJson(summary));
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(JSON.stringify(summary)).not.toContain('11010519600512001X');
  });

  it('accepts other 党龄 bands and a title, and names 其他 民族 in a note', () => {
    const other = buildRosterSummary({
      rows: [row(3, { ethnicity: '其他', category: '正式党员', confirmDate: d(2000, 7, 1) }), row(4, { ethnicity: '外国血统中国籍人士', category: '预备党员' })],
      asOf,
      sources: [],
      title: '某县党员统计',
      partyYearBands: [
        { label: '不满20年', min: 0 },
        { label: '20年及以上', min: 20 },
      ],
    });
    expect(other.title).toBe('某县党员统计');
    expect(other.headline['ethnicMinority']?.count).toBe(0);
    const years = other.tables.find((t) => t.id === 'partyYears');
    expect(years?.rows.map((r) => [r.label, r.values['count']])).toEqual([
      ['不满20年', 1],
      ['20年及以上', 1],
    ]);
    expect(other.notes).toContain('少数民族党员不含民族为“其他”“外国血统中国籍人士”的人员。');
  });

  it('gives an empty roster all-zero tables that still add up, and rejects an as-of date without a day', () => {
    const empty = buildRosterSummary({ rows: [], asOf, sources: [] });
    expect(empty.headline['female']).toEqual({ label: '女党员', count: 0, share: 0 });
    expect(empty.tables.map((t) => t.total?.values[t.columns[1]?.key ?? ''])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(() => buildRosterSummary({ rows: [], asOf: { year: 2025, month: 6 }, sources: [] })).toThrow(/to the day/);
  });
});
