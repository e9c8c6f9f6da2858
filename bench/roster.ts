import { idCheckCharacter, toExcelSerial, type CellValue, type Grid, type PartialDate } from '@taizhang/core';
import { between, pick, plusYears, randomDayIn, seededRandom, toFullWidthDigits, weighted, type Day, type Random } from '../packages/cli/src/sample/seededRandom';

/**
 * A city-sized 党员花名册 for benchmarks: 14 columns laid out like the national 党员基本信息采集表,
 * branches of about 25 members each writing their dates their own way, and about 3% of rows carrying
 * one of the mistakes county offices find in submitted rosters. Seeded, so every run checks the same
 * sheet. Every person is invented.
 */

/** The 填报日期 the generated roster is checked at, so its findings do not drift with the calendar. */
export const benchAsOf: Required<PartialDate> = { year: 2025, month: 6, day: 30 };

export const benchSheet = '党员花名册';

export const rosterColumns = [
  '序号', '姓名', '性别', '民族', '公民身份号码', '出生日期', '学历',
  '人员类别', '入党时间', '转正时间', '所在党支部', '工作岗位', '联系电话', '家庭住址',
] as const;

export const rosterTitle = '中共青禾市党员花名册（汇总）';

/** Share of rows given one planted mistake. */
export const mistakeRate = 0.03;

/** Date cells, Excel serials, or text kept to the month as many branches write it ("1985.03", "1985年3月"). */
type DateStyle = 'dateCell' | 'serial' | 'dotMonth' | 'chineseMonth';

const membersPerBranch = 25;
const dateStyles: readonly DateStyle[] = ['dateCell', 'dateCell', 'serial', 'dotMonth', 'chineseMonth'];

/** County codes of one prefecture (GB/T 2260, 安徽省滁州市), so IDs carry a real 行政区划 prefix. */
const counties: readonly (readonly [string, string])[] = [
  ['341102', '琅琊区'], ['341103', '南谯区'], ['341122', '来安县'], ['341124', '全椒县'],
  ['341125', '定远县'], ['341126', '凤阳县'], ['341181', '天长市'], ['341182', '明光市'],
];
const towns = ['城关', '新集', '汊河', '大英', '水口', '雷官', '舜山', '施官', '杨郢', '张山', '半塔', '三城'];
const villages = ['东风', '红旗', '新华', '团结', '光明', '胜利', '和平', '永丰', '长山', '白塔', '桥头', '龙泉', '石门', '柳湾'];
const bureaus = ['财政局', '教育局', '卫生健康委员会', '自然资源局', '人力资源和社会保障局', '交通运输局', '农业农村局', '市场监督管理局', '税务局', '公安局'];
const surnames = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢');
const givenChars = Array.from('伟强磊军杰涛斌明辉新华国庆志文博俊海峰立家豪振永德胜丽娟敏静婷雪芳燕秀英梅兰琴春花欣怡佳琪红霞玲淑晓玉云凤桂荣建平');
const minorities = ['回族', '满族', '蒙古族', '壮族', '土家族', '苗族', '彝族'];
const educations: readonly (readonly [string, number])[] = [
  ['大学本科', 38], ['大学专科', 22], ['硕士研究生', 8], ['中专', 9], ['普通高中', 10], ['初中', 10], ['小学', 3],
];
const positions = ['科员', '教师', '医生', '护士', '村党支部书记', '村委会委员', '农民', '工人', '个体经营者', '退休', '公务员', '企业管理人员', '专业技术人员'];

function two(value: number): string {
  return String(value).padStart(2, '0');
}

function dateCell(date: Day | null, style: DateStyle): CellValue {
  if (date === null) return null;
  switch (style) {
    case 'dateCell':
      return new Date(Date.UTC(date.year, date.month - 1, date.day));
    case 'serial':
      return toExcelSerial(date);
    case 'dotMonth':
      return `${date.year}.${two(date.month)}`;
    case 'chineseMonth':
      return `${date.year}年${date.month}月`;
  }
}

function mobile(random: Random): string {
  return `1${pick(random, [3, 5, 7, 8, 9])}${String(between(random, 0, 999_999_999)).padStart(9, '0')}`;
}

interface Branch {
  readonly name: string;
  readonly county: readonly [string, string];
  readonly style: DateStyle;
}

function branchOf(random: Random, index: number): Branch {
  const county = pick(random, counties);
  const name =
    index % 3 === 0
      ? `中共滁州市${county[1]}${pick(random, bureaus)}机关第${(index % 7) + 1}支部委员会`
      : `中共${county[1]}${pick(random, towns)}镇${pick(random, villages)}村支部委员会`;
  return { name, county, style: pick(random, dateStyles) };
}

/** Columns by position, so a planted mistake can name the cell it changes. */
const at = Object.fromEntries(rosterColumns.map((column, index) => [column, index])) as Record<(typeof rosterColumns)[number], number>;

/** Columns whose every value is its own: shared-string lookups would only cost memory here. */
const uniqueColumns: ReadonlySet<number> = new Set([at.公民身份号码, at.联系电话, at.家庭住址]);

type Mistake = (cells: CellValue[], row: RowFacts) => void;

interface RowFacts {
  readonly id: string;
  readonly birth: Day;
  readonly join: Day;
  readonly style: DateStyle;
  readonly sex: '男' | '女';
  readonly earlierId: string | undefined;
}

/** The kinds of mistake planted, each as a county office meets it in a submitted roster. */
const mistakes: readonly Mistake[] = [
  (cells, row) => {
    cells[at.公民身份号码] = row.id.slice(0, 17) + (row.id.endsWith('3') ? '4' : '3');
  },
  (cells, row) => {
    cells[at.性别] = row.sex === '男' ? '女' : '男';
  },
  (cells) => {
    cells[at.民族] = '汉';
  },
  (cells) => {
    cells[at.姓名] = `${String(cells[at.姓名])}  `;
  },
  (cells) => {
    cells[at.联系电话] = toFullWidthDigits(String(cells[at.联系电话]));
  },
  (cells) => {
    cells[at.联系电话] = String(cells[at.联系电话]).slice(0, 10);
  },
  (cells, row) => {
    const join = { ...plusYears(row.birth, 17), day: 1 };
    cells[at.入党时间] = dateCell(join, row.style);
    cells[at.转正时间] = dateCell(plusYears(join, 1), row.style);
  },
  (cells) => {
    if (cells[at.人员类别] === '正式党员') cells[at.转正时间] = null;
  },
  (cells, row) => {
    cells[at.入党时间] = dateCell({ year: 2035, month: row.join.month, day: 1 }, row.style);
  },
  (cells, row) => {
    cells[at.公民身份号码] = row.id.slice(0, 6) + row.id.slice(8, 17);
  },
  (cells, row) => {
    cells[at.公民身份号码] = Number(`${row.id.slice(0, 15)}000`);
  },
  (cells, row) => {
    if (row.earlierId !== undefined) cells[at.公民身份号码] = row.earlierId;
  },
  (cells) => {
    cells[at.学历] = '大学学士';
  },
  (cells, row) => {
    cells[at.出生日期] = row.style === 'dateCell' || row.style === 'serial' ? `${row.birth.year}.13.${two(row.birth.day)}` : `${row.birth.year}.13`;
  },
];

/**
 * Text pieced together with `${}` is a rope (V8 ConsString) until first read, unlike the flat text a
 * workbook reader or Office.js hands over; normalize() returns it flat, so checks meet what they meet in use.
 */
function flat(text: string): string {
  return text.normalize();
}

/**
 * One string object per distinct text, as ExcelJS gives the entries of a workbook's shared-string table:
 * for the columns whose values repeat (names, dates written as text).
 */
function sharedTexts(): (text: string) => string {
  const texts = new Map<string, string>();
  return (text) => {
    const known = texts.get(text);
    if (known !== undefined) return known;
    const made = flat(text);
    texts.set(made, made);
    return made;
  };
}

/** The data rows of a generated roster, one at a time, each with the 14 cells a member's row holds. */
export interface RosterOptions {
  readonly seed?: number;
  /** Share of rows given one planted mistake; `mistakeRate` by default. */
  readonly mistakeRate?: number;
}

export function* rosterRows(count: number, options: RosterOptions = {}): Generator<CellValue[]> {
  const { seed = 20250630, mistakeRate: rate = mistakeRate } = options;
  const random = seededRandom(seed);
  const share = sharedTexts();
  const usedIds = new Set<string>();
  let branch = branchOf(random, 0);
  let earlierId: string | undefined;
  for (let index = 0; index < count; index += 1) {
    if (index > 0 && index % membersPerBranch === 0) branch = branchOf(random, index / membersPerBranch);
    const sex = random() < 0.3 ? '女' : '男';
    const birth: Day = (() => {
      const year = between(random, 1936, 2003);
      const month = between(random, 1, 12);
      return randomDayIn(random, year, month);
    })();
    let id = '';
    do {
      const sequence = between(random, 0, 99) * 10 + (sex === '男' ? pick(random, [1, 3, 5, 7, 9]) : pick(random, [0, 2, 4, 6, 8]));
      const first17 = `${branch.county[0]}${birth.year}${two(birth.month)}${two(birth.day)}${String(sequence).padStart(3, '0')}`;
      id = first17 + idCheckCharacter(first17);
    } while (usedIds.has(id));
    usedIds.add(id);
    const probationer = random() < 0.03;
    const join: Day = probationer
      ? { year: 2024, month: between(random, 8, 12), day: between(random, 1, 28) }
      : plusYears(birth, between(random, 19, Math.min(45, 2023 - birth.year)));
    const cells: CellValue[] = [
      index + 1,
      pick(random, surnames) + pick(random, givenChars) + (random() < 0.7 ? pick(random, givenChars) : ''),
      sex,
      random() < 0.92 ? '汉族' : pick(random, minorities),
      id,
      dateCell(birth, branch.style),
      weighted(random, educations),
      probationer ? '预备党员' : '正式党员',
      dateCell(join, branch.style),
      dateCell(probationer ? null : plusYears(join, 1), branch.style),
      branch.name,
      pick(random, positions),
      random() < 0.15 ? `0550-${between(random, 5_000_000, 5_999_999)}` : mobile(random),
      `安徽省滁州市${branch.county[1]}${pick(random, towns)}镇${pick(random, villages)}村${between(random, 1, 12)}组${between(random, 1, 120)}号`,
    ];
    if (random() < rate) pick(random, mistakes)(cells, { id, birth, join, style: branch.style, sex, earlierId });
    if (index % 1000 === 7) earlierId = id;
    // Pushed one by one, as the CLI's reader builds a row: Array.prototype.map here made V8 switch the
    // rows to holey arrays after some 8,000 of them, handing the check a second kind of row no reader gives.
    const row: CellValue[] = [];
    cells.forEach((cell, column) => row.push(typeof cell !== 'string' ? cell : uniqueColumns.has(column) ? flat(cell) : share(cell)));
    yield row;
  }
}

/** The whole sheet as the CLI reads it: a title line, the header, then `count` members. */
export function rosterGrid(count: number, options?: RosterOptions): Grid {
  const values: CellValue[][] = [[rosterTitle], [...rosterColumns]];
  for (const row of rosterRows(count, options)) values.push(row);
  return { sheet: benchSheet, origin: { row: 1, column: 1 }, values };
}
