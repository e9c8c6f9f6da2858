import { Workbook, type Worksheet } from 'exceljs';
import { columnLetter, idCheckCharacter, toExcelSerial, type RuleCode } from '@taizhang/core';
import { between, pick, plusYears, randomDayIn, seededRandom, toFullWidthDigits, weighted, type Day, type Random } from './seededRandom';

/**
 * A synthetic county roster laid out like the real ones (title, 填报单位 line, two-row merged header,
 * members grouped by branch, footer), with invented people and a handful of planted mistakes. Every
 * name and number is made up: names are drawn from common characters and ID numbers are built with a
 * valid check character on the prefix of one county (341122), so they look real without being anyone's.
 */

/** The sheet's 填报日期, as `--as-of` takes it: check the sample at this date so its findings do not drift. */
export const rosterSampleAsOf = '2025-06-30';

export const rosterSampleSheet = '党员花名册';

/** Excel row of the first member, under the title, the 填报单位 line and the two header rows. */
const firstDataRow = 5;

export interface PlantedMistake {
  readonly row: number;
  readonly column: string;
  readonly rule: RuleCode;
  readonly description: string;
}

type Sex = '男' | '女';
type Category = '正式党员' | '预备党员';
type CellInput = string | number | Date | null;

interface Member {
  readonly name: string;
  readonly sex: Sex;
  readonly ethnicity: string;
  readonly id: string;
  readonly birth: Day;
  readonly education: string;
  readonly category: Category;
  readonly join: Day;
  readonly confirm: Day | null;
  readonly branch: string;
  readonly phone: string;
}

/** How each branch wrote its dates when it filled in its part of the roster. */
type DateStyle = 'dateCell' | 'dotText' | 'chineseText' | 'serial' | 'slashText';

interface Branch {
  readonly name: string;
  readonly dateStyle: DateStyle;
}

const branches: readonly Branch[] = [
  { name: '中共青禾县财政局机关支部委员会', dateStyle: 'dateCell' },
  { name: '中共青禾县教育局机关支部委员会', dateStyle: 'dotText' },
  { name: '中共青禾县卫生健康委员会机关支部委员会', dateStyle: 'chineseText' },
  { name: '中共青禾县自然资源局机关支部委员会', dateStyle: 'serial' },
  { name: '中共青禾县人力资源和社会保障局机关支部委员会', dateStyle: 'slashText' },
];
const membersPerBranch = 12;

/** The county prefix of every generated ID number (GB/T 2260: 安徽省滁州市来安县). */
const regionCode = '341122';
const landlineAreaCode = '0550';

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢';
const givenFemale = ['丽', '娟', '敏', '静', '婷', '雪', '芳', '燕', '秀英', '晓梅', '海燕', '玉兰', '文静', '雅琴', '春花', '欣怡', '佳琪', '红霞', '美玲', '淑华'];
const givenMale = ['伟', '强', '磊', '军', '杰', '涛', '斌', '建国', '志强', '文博', '俊杰', '海峰', '国庆', '明辉', '立新', '家豪', '子涵', '振华', '永红', '德胜'];
const minorities = ['回族', '满族', '蒙古族', '壮族', '土家族'];
const educations: readonly (readonly [string, number])[] = [
  ['大学本科', 55],
  ['硕士研究生', 14],
  ['大学专科', 20],
  ['中专', 6],
  ['普通高中', 5],
];
/** Member indices (0-based, in sheet order) who are still 预备党员 at the as-of date. */
const probationers = new Set([6, 19, 30, 44, 50, 58]);


function randomDay(random: Random, fromYear: number, toYear: number): Day {
  const year = between(random, fromYear, toYear);
  const month = between(random, 1, 12);
  return randomDayIn(random, year, month);
}

function digits(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function idNumber(birth: Day, sequence: number): string {
  const first17 = `${regionCode}${birth.year}${digits(birth.month, 2)}${digits(birth.day, 2)}${digits(sequence, 3)}`;
  return first17 + idCheckCharacter(first17);
}

/** A 顺序码 whose last digit is odd for men and even for women (GB 11643-1999). */
function sequenceFor(random: Random, sex: Sex): number {
  return between(random, 0, 99) * 10 + (sex === '男' ? pick(random, [1, 3, 5, 7, 9]) : pick(random, [0, 2, 4, 6, 8]));
}

function mobile(random: Random): string {
  return `1${pick(random, [3, 5, 7, 8, 9])}${digits(between(random, 0, 999_999_999), 9)}`;
}

function makeMember(random: Random, index: number, usedNames: Set<string>): Member {
  const branch = branches[Math.floor(index / membersPerBranch)] ?? branches[0];
  const sex: Sex = random() < 0.42 ? '女' : '男';
  let name = '';
  do {
    name = pick(random, Array.from(surnames)) + pick(random, sex === '女' ? givenFemale : givenMale);
  } while (usedNames.has(name));
  usedNames.add(name);
  const birth = randomDay(random, 1966, 1998);
  const category: Category = probationers.has(index) ? '预备党员' : '正式党员';
  const join =
    category === '预备党员'
      ? { year: 2024, month: between(random, 8, 12), day: between(random, 1, 28) }
      : clampJoin(plusYears(birth, between(random, 21, 34)), random);
  return {
    name,
    sex,
    ethnicity: random() < 0.9 ? '汉族' : pick(random, minorities),
    id: idNumber(birth, sequenceFor(random, sex)),
    birth,
    education: weighted(random, educations),
    category,
    join,
    confirm: category === '正式党员' ? plusYears(join, 1) : null,
    branch: branch?.name ?? '',
    phone: random() < 0.15 ? `${landlineAreaCode}-${between(random, 5_000_000, 5_999_999)}` : mobile(random),
  };
}

/** 正式党员 joined at least a year before the as-of date; late joiners are moved back. */
function clampJoin(join: Day, random: Random): Day {
  if (join.year < 2024 && !(join.year === 2023 && join.month > 6)) return join;
  return { year: between(random, 2016, 2022), month: join.month, day: Math.min(join.day, 28) };
}

function formatText(date: Day, style: DateStyle, monthOnly: boolean): string {
  const m2 = digits(date.month, 2);
  if (style === 'dotText') return monthOnly ? `${date.year}.${m2}` : `${date.year}.${m2}.${digits(date.day, 2)}`;
  if (style === 'chineseText') return `${date.year}年${date.month}月${date.day}日`;
  return `${date.year}/${date.month}/${date.day}`;
}

/** A date cell as the branch wrote it; 入党/转正 are often kept to the month (入党年月). */
function dateCell(date: Day | null, style: DateStyle, monthOnly = false): CellInput {
  if (date === null) return null;
  if (style === 'dateCell') return new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (style === 'serial') return toExcelSerial(date);
  return formatText(date, style, monthOnly);
}

const columns = ['序号', '姓名', '性别', '民族', '公民身份号码', '出生日期', '学历', '人员类别', '入党时间', '转正时间', '所在党支部', '联系电话'] as const;
type Column = (typeof columns)[number];
const letterOf = (column: Column): string => columnLetter(columns.indexOf(column) + 1);

type RowCells = Record<Column, CellInput>;

function rowCells(member: Member, index: number, style: DateStyle): RowCells {
  return {
    序号: index + 1,
    姓名: member.name,
    性别: member.sex,
    民族: member.ethnicity,
    公民身份号码: member.id,
    出生日期: dateCell(member.birth, style),
    学历: member.education,
    人员类别: member.category,
    入党时间: dateCell(member.join, style, true),
    转正时间: dateCell(member.confirm, style, true),
    所在党支部: member.branch,
    联系电话: member.phone,
  };
}

interface Plant {
  readonly index: number;
  readonly column: Column;
  readonly rule: RuleCode;
  readonly description: string;
  readonly apply: (cells: RowCells, member: Member, members: readonly Member[], style: DateStyle) => void;
}

/** The mistakes planted in the sample, the kind county offices actually find in submitted rosters. */
const plants: readonly Plant[] = [
  {
    index: 3,
    column: '公民身份号码',
    rule: 'id.checksum',
    description: '公民身份号码末位校验码抄错',
    apply: (cells, member) => {
      const wrong = member.id.endsWith('3') ? '4' : '3';
      cells.公民身份号码 = member.id.slice(0, 17) + wrong;
    },
  },
  {
    index: 8,
    column: '转正时间',
    rule: 'probation.confirmMissing',
    description: '正式党员未填转正时间',
    apply: (cells) => {
      cells.转正时间 = null;
    },
  },
  {
    index: 10,
    column: '民族',
    rule: 'field.alias',
    description: '民族写作“汉”而非“汉族”',
    apply: (cells) => {
      cells.民族 = '汉';
    },
  },
  {
    index: 14,
    column: '公民身份号码',
    rule: 'id.precisionLost',
    description: '公民身份号码被录成数字，Excel 只保留 15 位有效数字',
    apply: (cells, member) => {
      cells.公民身份号码 = Number(`${member.id.slice(0, 15)}000`);
    },
  },
  {
    index: 17,
    column: '姓名',
    rule: 'text.whitespace',
    description: '姓名末尾多了空格',
    apply: (cells, member) => {
      cells.姓名 = `${member.name}  `;
    },
  },
  {
    index: 20,
    column: '入党时间',
    rule: 'age.joinUnder18',
    description: '入党时未满十八周岁',
    apply: (cells, member, _members, style) => {
      const join = { ...plusYears(member.birth, 17), day: 1 };
      cells.入党时间 = dateCell(join, style, true);
      cells.转正时间 = dateCell(plusYears(join, 1), style, true);
    },
  },
  {
    index: 23,
    column: '联系电话',
    rule: 'text.fullWidth',
    description: '联系电话用了全角数字',
    apply: (cells, member) => {
      cells.联系电话 = toFullWidthDigits(member.phone);
    },
  },
  {
    index: 27,
    column: '公民身份号码',
    rule: 'id.legacy15',
    description: '仍是 15 位旧身份证号码',
    apply: (cells, member) => {
      cells.公民身份号码 = member.id.slice(0, 6) + member.id.slice(8, 17);
    },
  },
  {
    index: 33,
    column: '公民身份号码',
    rule: 'duplicate.id',
    description: '同一党员在两个支部各登记一次（调入后原支部未删除）',
    apply: (cells, _member, members, style) => {
      const original = members[5];
      if (original === undefined) return;
      Object.assign(cells, rowCells(original, 33, style), { 所在党支部: cells.所在党支部 });
    },
  },
  {
    index: 40,
    column: '性别',
    rule: 'id.sexMismatch',
    description: '性别与公民身份号码不符',
    apply: (cells, member) => {
      cells.性别 = member.sex === '男' ? '女' : '男';
    },
  },
  {
    index: 50,
    column: '转正时间',
    rule: 'probation.confirmNotAllowed',
    description: '预备党员填了转正时间',
    apply: (cells, _member, _members, style) => {
      cells.转正时间 = dateCell({ year: 2025, month: 5, day: 20 }, style, true);
    },
  },
  {
    index: 53,
    column: '入党时间',
    rule: 'date.future',
    description: '入党时间年份录错（2015 写成 2035），晚于填报日期',
    apply: (cells, _member, _members, style) => {
      cells.入党时间 = dateCell({ year: 2035, month: 7, day: 1 }, style, true);
      cells.转正时间 = dateCell({ year: 2016, month: 7, day: 1 }, style, true);
    },
  },
  {
    index: 57,
    column: '联系电话',
    rule: 'phone.invalid',
    description: '手机号少录一位',
    apply: (cells) => {
      cells.联系电话 = '1381234567';
    },
  },
];

export const plantedMistakes: readonly PlantedMistake[] = plants.map(({ index, column, rule, description }) => ({
  row: firstDataRow + index,
  column: letterOf(column),
  rule,
  description,
}));

/** The sample workbook: the roster sheet and an instructions sheet that is not a ledger. */
export function buildRosterSample(seed = 20250630): Workbook {
  const random = seededRandom(seed);
  const usedNames = new Set<string>();
  const members = Array.from({ length: branches.length * membersPerBranch }, (_, index) => makeMember(random, index, usedNames));
  const fixedTime = new Date(Date.UTC(2025, 5, 30, 9, 0, 0));

  const workbook = new Workbook();
  workbook.creator = 'Taizhang make-sample';
  workbook.created = fixedTime;
  workbook.modified = fixedTime;
  const sheet = workbook.addWorksheet(rosterSampleSheet, { views: [{ state: 'frozen', ySplit: 4 }] });
  writeHeading(sheet);

  members.forEach((member, index) => {
    const style = branches[Math.floor(index / membersPerBranch)]?.dateStyle ?? 'dateCell';
    const cells = rowCells(member, index, style);
    for (const plant of plants) if (plant.index === index) plant.apply(cells, member, members, style);
    const row = sheet.getRow(firstDataRow + index);
    columns.forEach((column, position) => {
      const cell = row.getCell(position + 1);
      cell.value = cells[column];
      cell.border = thinBorder;
      if (cells[column] instanceof Date) cell.numFmt = 'yyyy-mm-dd';
      if (column === '公民身份号码') cell.numFmt = typeof cells[column] === 'number' ? '0' : '@';
    });
  });

  const footerRow = firstDataRow + members.length + 1;
  sheet.getCell(`A${footerRow}`).value = '填表人：周文静';
  sheet.getCell(`E${footerRow}`).value = '审核人：陈立新';
  sheet.getCell(`I${footerRow}`).value = `联系电话：${landlineAreaCode}-5021368`;
  sheet.mergeCells(`A${footerRow + 1}:L${footerRow + 1}`);
  sheet.getCell(`A${footerRow + 1}`).value =
    '注：1. 出生日期、入党时间、转正时间请按“年.月.日”填写；2. 人员类别填“正式党员”或“预备党员”；3. 本表由各支部填报，机关工委汇总。';

  const notes = workbook.addWorksheet('填表说明');
  [
    '填表说明',
    '一、本表为县直机关各党支部党员基本信息汇总表，每名党员填写一行。',
    '二、公民身份号码须为18位，单元格格式设为“文本”，以免末几位变为0。',
    '三、人员类别填写“正式党员”或“预备党员”；预备党员不填转正时间。',
    '四、民族填写全称，如“汉族”“回族”。',
  ].forEach((line, index) => {
    notes.getCell(`A${index + 1}`).value = line;
  });
  notes.getColumn(1).width = 70;
  return workbook;
}

const thinBorder = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
} as const;

function writeHeading(sheet: Worksheet): void {
  sheet.mergeCells('A1:L1');
  const title = sheet.getCell('A1');
  title.value = '中共青禾县直机关工委党员花名册';
  title.font = { size: 16, bold: true };
  title.alignment = { horizontal: 'center' };

  sheet.mergeCells('A2:F2');
  sheet.getCell('A2').value = '填报单位：中共青禾县直机关工委（盖章）';
  sheet.mergeCells('G2:L2');
  sheet.getCell('G2').value = '填报日期：2025年6月30日';
  sheet.getCell('G2').alignment = { horizontal: 'right' };

  sheet.mergeCells('A3:A4');
  sheet.getCell('A3').value = '序号';
  sheet.mergeCells('B3:G3');
  sheet.getCell('B3').value = '基本信息';
  sheet.mergeCells('H3:K3');
  sheet.getCell('H3').value = '党员信息';
  sheet.mergeCells('L3:L4');
  sheet.getCell('L3').value = '联系电话';
  columns.forEach((column, position) => {
    if (column === '序号' || column === '联系电话') return;
    sheet.getRow(4).getCell(position + 1).value = column;
  });
  for (const rowNumber of [3, 4]) {
    const row = sheet.getRow(rowNumber);
    for (let column = 1; column <= columns.length; column += 1) {
      const cell = row.getCell(column);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
      cell.border = thinBorder;
    }
  }
  const widths: Record<Column, number> = {
    序号: 6, 姓名: 10, 性别: 6, 民族: 8, 公民身份号码: 21, 出生日期: 14, 学历: 12,
    人员类别: 10, 入党时间: 14, 转正时间: 14, 所在党支部: 40, 联系电话: 16,
  };
  columns.forEach((column, position) => {
    sheet.getColumn(position + 1).width = widths[column];
  });
}
