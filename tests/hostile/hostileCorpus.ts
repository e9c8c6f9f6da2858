import { idCheckCharacter } from '@taizhang/core';
import { Workbook, type CellValue, type Worksheet } from 'exceljs';
import iconv from 'iconv-lite';
import { deterministicXlsx } from './deterministicXlsx';

/** One file of the corpus in tests/fixtures/hostile/, and how to make its bytes. */
export interface HostileFile {
  readonly name: string;
  /** What is hostile about it. */
  readonly about: string;
  readonly bytes: () => Promise<Buffer>;
}

/** A valid 18-character 公民身份号码 for a birth date (YYYYMMDD) and 顺序码 (odd for men), all in one county. */
export function fictionalId(birth: string, sequence: string): string {
  const first17 = `341122${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

/** The same number with its check character wrong. */
export function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
}

export const branch = '中共青禾县教育局机关支部委员会';
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const dateFormat = 'yyyy-mm-dd';

/** The columns most local rosters have, A–G. */
export const rosterHeader = ['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '转正时间', '所在党支部'];

export const ids = {
  wang: fictionalId('19850312', '041'),
  li: fictionalId('19900815', '022'),
  zhang: fictionalId('19880101', '013'),
  liu: fictionalId('19980303', '026'),
  chen: fictionalId('19870707', '057'),
} as const;

/** Three members as rows of `rosterHeader`: clean, clean, and 李丽's check character wrong. */
function threeMembers(): CellValue[][] {
  return [
    ['王建国', '男', ids.wang, '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch],
    ['张敏', '男', ids.zhang, '正式党员', utc(2012, 5, 1), utc(2013, 5, 1), branch],
    ['李丽', '女', withWrongCheck(ids.li), '正式党员', utc(2015, 6, 1), utc(2016, 6, 1), branch],
  ];
}

function putRow(sheet: Worksheet, rowNumber: number, cells: readonly CellValue[], firstColumn = 1): void {
  const row = sheet.getRow(rowNumber);
  cells.forEach((value, index) => {
    if (value === null || value === undefined) return;
    const cell = row.getCell(firstColumn + index);
    cell.value = value;
    if (value instanceof Date) cell.numFmt = dateFormat;
  });
}

function newWorkbook(sheetName: string): { workbook: Workbook; sheet: Worksheet } {
  const workbook = new Workbook();
  return { workbook, sheet: workbook.addWorksheet(sheetName) };
}

async function plainRoster(partOrder?: (names: readonly string[]) => readonly string[]): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, rosterHeader);
  threeMembers().forEach((cells, index) => putRow(sheet, index + 2, cells));
  return deterministicXlsx(workbook, partOrder);
}

/**
 * Shared strings and styles first, xl/workbook.xml last: OPC sets no order for a package's parts, and
 * ExcelJS's streaming reader fails on this one.
 */
function workbookPartLast(names: readonly string[]): readonly string[] {
  const first = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
  const rest = names.filter((name) => !first.includes(name) && name !== 'xl/workbook.xml');
  return [...first, ...rest, 'xl/workbook.xml'];
}

async function emptyWorkbook(): Promise<Buffer> {
  return deterministicXlsx(newWorkbook('Sheet1').workbook);
}

async function headersOnly(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, rosterHeader);
  return deterministicXlsx(workbook);
}

const instructions = [
  '填表说明：',
  '1. 本表由各党支部填写，每名党员填写一行，不得合并单元格。',
  '2. 姓名、性别、公民身份号码须与本人居民身份证一致。',
  '3. 公民身份号码一律填写18位，末位为X的用大写字母。',
  '4. 人员类别填写“正式党员”或“预备党员”。',
  '5. 入党时间、转正时间按“YYYY-MM-DD”格式填写。',
  '6. 预备党员不填写转正时间。',
  '7. 所在党支部填写全称，如“中共××支部委员会”。',
  '8. 出生日期可不填，由公民身份号码自动计算。',
  '9. 民族填写全称，如“汉族”“回族”。',
  '10. 学历填写最高学历。',
  '11. 工作岗位按党员信息库代码表填写。',
  '12. 联系电话填写手机号码。',
  '13. 失联党员、流动党员另表登记。',
  '14. 停止党籍的党员不列入本表。',
  '15. 本表数据截至上月末。',
  '16. 请勿修改表头，请勿插入列。',
  '17. 如有疑问请联系组织部。',
  '18. 联系人：周文静',
  '19. 联系电话：0550-5012345',
  '20. 报送时间：每月5日前',
  '21. 报送方式：电子版发送至指定邮箱',
  '22. 纸质版加盖党组织印章',
  '23. 逾期未报送的予以通报',
  '填报单位：青禾县教育局机关党委',
];

async function instructionsAboveHeader(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('党员名册');
  instructions.forEach((line, index) => {
    putRow(sheet, index + 1, [line]);
    sheet.mergeCells(index + 1, 1, index + 1, rosterHeader.length);
  });
  putRow(sheet, 26, rosterHeader);
  threeMembers().forEach((cells, index) => putRow(sheet, index + 27, cells));
  return deterministicXlsx(workbook);
}

async function mergedTwoRowHeader(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, ['序号', '基本信息', null, null, null, '党籍信息', null, null, '所在党支部']);
  putRow(sheet, 2, [null, '姓名', '性别', '公民身份号码', '出生日期', '人员类别', '入党时间', '转正时间']);
  for (const range of ['A1:A2', 'B1:E1', 'F1:H1', 'I1:I2']) sheet.mergeCells(range);
  putRow(sheet, 3, [1, '王建国', '男', ids.wang, utc(1985, 3, 12), '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch]);
  // 张敏's number is a man's (顺序码 013), the sheet says 女.
  putRow(sheet, 4, [2, '张敏', '女', ids.zhang, utc(1988, 1, 1), '正式党员', utc(2012, 5, 1), utc(2013, 5, 1), branch]);
  putRow(sheet, 5, [3, '刘婷', '女', ids.liu, utc(1998, 3, 3), '预备党员', utc(2024, 12, 1), null, branch]);
  return deterministicXlsx(workbook);
}

async function hiddenRowsAndColumns(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, [...rosterHeader, '备注']);
  putRow(sheet, 2, ['王建国', '男', ids.wang, '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch, '']);
  // A hidden row is still a member: 正式党员 without 转正时间.
  putRow(sheet, 3, ['陈强', '男', ids.chen, '正式党员', utc(2011, 3, 1), null, branch, '已调出，暂时隐藏']);
  putRow(sheet, 4, ['李丽', '女', withWrongCheck(ids.li), '正式党员', utc(2015, 6, 1), utc(2016, 6, 1), branch, '']);
  sheet.getRow(3).hidden = true;
  sheet.getColumn(3).hidden = true;
  sheet.getColumn(8).hidden = true;
  return deterministicXlsx(workbook);
}

async function formulasAndErrors(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, ['姓名', '性别', '公民身份号码', '出生日期', '人员类别', '入党时间', '转正时间', '所在党支部']);
  const sexFormula = (row: number) => `IF(MOD(MID(C${row},17,1),2)=1,"男","女")`;
  const birthFormula = (row: number) => `DATE(MID(C${row},7,4),MID(C${row},11,2),MID(C${row},13,2))`;
  const rows: CellValue[][] = [
    // Cached results of ordinary formulas.
    ['王建国', { formula: sexFormula(2), result: '男' }, ids.wang, { formula: birthFormula(2), result: utc(1985, 3, 12) }, '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch],
    // A VLOOKUP that found nothing.
    ['李丽', { formula: sexFormula(3), result: '女' }, ids.li, { formula: birthFormula(3), result: utc(1990, 8, 15) }, '正式党员', { formula: 'VLOOKUP(A3,入党信息!A:B,2,FALSE)', result: { error: '#N/A' } }, utc(2016, 6, 1), branch],
    // A reference to a deleted sheet, pasted as a value.
    ['张敏', { formula: sexFormula(4), result: '男' }, ids.zhang, { formula: birthFormula(4), result: utc(1988, 1, 1) }, '正式党员', utc(2012, 5, 1), utc(2013, 5, 1), { error: '#REF!' }],
    // A cached empty text (预备党员 has no 转正时间) and a cached text category.
    ['刘婷', { formula: sexFormula(5), result: '女' }, ids.liu, { formula: birthFormula(5), result: utc(1998, 3, 3) }, { formula: 'IF(G5="","预备党员","正式党员")', result: '预备党员' }, utc(2024, 12, 1), { formula: '""', result: '' }, branch],
    // A formula never calculated: no cached value at all.
    [{ formula: 'VLOOKUP(C6,人员!A:B,2,FALSE)' }, '男', ids.chen, null, '正式党员', utc(2011, 3, 1), utc(2012, 3, 1), branch],
  ];
  rows.forEach((cells, index) => putRow(sheet, index + 2, cells));
  for (let row = 2; row <= 6; row += 1) sheet.getCell(`D${row}`).numFmt = dateFormat;
  return deterministicXlsx(workbook);
}

async function richTextAndHyperlinks(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, rosterHeader);
  const link = { text: branch, hyperlink: 'https://example.org/branches/jiaoyuju' };
  putRow(sheet, 2, [
    { richText: [{ text: '王', font: { bold: true } }, { text: '建国' }] },
    '男',
    { richText: [{ text: '341122' }, { text: ids.wang.slice(6, 14), font: { color: { argb: 'FFFF0000' } } }, { text: ids.wang.slice(14) }] },
    { richText: [{ text: '正式', font: { italic: true } }, { text: '党员' }] },
    utc(2010, 7, 1),
    utc(2011, 7, 1),
    link,
  ]);
  putRow(sheet, 3, [
    { text: '李丽', hyperlink: 'mailto:lili@example.org' },
    '女',
    { richText: [{ text: withWrongCheck(ids.li) }] },
    '正式党员',
    utc(2015, 6, 1),
    utc(2016, 6, 1),
    link,
  ]);
  return deterministicXlsx(workbook);
}

/** Columns of the 400-column sheet that hold the roster, the last ending at column 400 (OJ). */
const wideFirstRosterColumn = 400 - rosterHeader.length + 1;

async function fourHundredColumns(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, ['序号']);
  for (let column = 50; column < wideFirstRosterColumn; column += 50) sheet.getCell(1, column).value = `备用列${column}`;
  putRow(sheet, 1, rosterHeader, wideFirstRosterColumn);
  const members: CellValue[][] = [
    ['王建国', '男', ids.wang, '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch],
    // 转正时间 before 入党时间.
    ['张敏', '男', ids.zhang, '正式党员', utc(2012, 5, 1), utc(2011, 5, 1), branch],
  ];
  members.forEach((cells, index) => {
    putRow(sheet, index + 2, [index + 1]);
    putRow(sheet, index + 2, cells, wideFirstRosterColumn);
  });
  return deterministicXlsx(workbook);
}

/** A compound-file (CFB) header, as every .xls and every password-protected .xlsx starts (MS-CFB §2.2). */
function compoundFile(streamName: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x003e, 24);
  header.writeUInt16LE(0x0003, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(0x0009, 30);
  const directoryEntry = Buffer.alloc(128);
  Buffer.from(streamName, 'utf16le').copy(directoryEntry, 0);
  directoryEntry.writeUInt16LE((streamName.length + 1) * 2, 64);
  directoryEntry.writeUInt8(2, 66);
  return Buffer.concat([header, directoryEntry]);
}

const csvRows = [
  ['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '转正时间', '所在党支部'],
  ['王建国', '男', ids.wang, '正式党员', '2010-07-01', '2011-07-01', branch],
  // A name with a character outside GBK (CJK Extension A), as on 刘䶮's ID card.
  ['刘䶮', '男', ids.chen, '正式党员', '2011.03', '2012.03', branch],
  ['李丽', '女', withWrongCheck(ids.li), '正式党员', '2015年6月1日', '2016年6月1日', branch],
];

function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

/** GBK cannot hold 䶮: a GBK export loses it, as Excel on Chinese Windows writes '?'. */
const gbkRows = csvRows.map((row) => row.map((cell) => cell.replace('䶮', '?')));

/** 𠀀 (U+20000, CJK Extension B) takes four bytes in GB18030 and two UTF-16 code units. */
const gb18030Rows = csvRows.map((row) => row.map((cell) => cell.replace('刘䶮', '刘𠀀')));

async function truncated(): Promise<Buffer> {
  const whole = await plainRoster();
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/**
 * A zip whose directory is whole but whose worksheet entry is damaged: the kind of file a bad disk or
 * a mail gateway leaves. Bytes in the middle of the worksheet's compressed data are overwritten.
 */
async function damagedEntry(): Promise<Buffer> {
  const bytes = Buffer.from(await plainRoster());
  const localHeader = Buffer.from('PK\x03\x04', 'latin1');
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  for (let at = bytes.indexOf(localHeader); at >= 0; at = bytes.indexOf(localHeader, at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 26);
    if (!bytes.subarray(at + 30, at + 30 + nameLength).equals(name)) continue;
    const dataStart = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    const third = dataStart + Math.floor(bytes.readUInt32LE(at + 18) / 3);
    bytes.fill(0xff, third, third + 16);
    return bytes;
  }
  throw new Error('damagedEntry: the roster has no xl/worksheets/sheet1.xml');
}

async function datesBefore1900(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, ['姓名', '性别', '出生日期', '人员类别', '入党时间', '转正时间', '所在党支部']);
  // Raw serials with a date format, as Excel stores them: 1 is 1900-01-01, 59 is 1900-02-28, 60 is the
  // 1900-02-29 that never was (Lotus 1-2-3's leap-year bug), 61 is 1900-03-01.
  const rows: CellValue[][] = [
    ['甲', '男', 1, '正式党员', '1899.12', '1900.12', branch],
    ['乙', '男', 59, '正式党员', '1899.12', '1900.12', branch],
    ['丙', '男', 60, '正式党员', utc(1921, 7, 1), utc(1922, 7, 1), branch],
    ['丁', '男', 61, '正式党员', utc(1921, 7, 1), utc(1922, 7, 1), branch],
    ['戊', '男', '1899.12', '正式党员', utc(1921, 7, 1), utc(1922, 7, 1), branch],
  ];
  rows.forEach((cells, index) => putRow(sheet, index + 2, cells));
  for (let row = 2; row <= 5; row += 1) sheet.getCell(`C${row}`).numFmt = dateFormat;
  return deterministicXlsx(workbook);
}

/** Serials in the 1904 date system: the 1900-system serial less 1462 days. */
const serial1904 = (year: number, month: number, day: number) => (Date.UTC(year, month - 1, day) - Date.UTC(1904, 0, 1)) / 86_400_000;

async function dateSystem1904(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  workbook.properties.date1904 = true;
  putRow(sheet, 1, ['姓名', '性别', '公民身份号码', '出生日期', '人员类别', '入党时间', '转正时间', '所在党支部']);
  putRow(sheet, 2, ['王建国', '男', ids.wang, serial1904(1985, 3, 12), '正式党员', serial1904(2010, 7, 1), serial1904(2011, 7, 1), branch]);
  putRow(sheet, 3, ['刘婷', '女', ids.liu, serial1904(1998, 3, 3), '预备党员', serial1904(2024, 12, 1), null, branch]);
  // Row 2's dates are formatted as dates; row 3's are bare serials in General cells.
  for (const column of ['D', 'F', 'G']) sheet.getCell(`${column}2`).numFmt = dateFormat;
  return deterministicXlsx(workbook);
}

async function idsWithSpaces(): Promise<Buffer> {
  const { workbook, sheet } = newWorkbook('花名册');
  putRow(sheet, 1, rosterHeader);
  const spaced = (id: string, separator: string) => [id.slice(0, 6), id.slice(6, 14), id.slice(14)].join(separator);
  const rows: CellValue[][] = [
    ['王建国', '男', spaced(ids.wang, ' '), '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch],
    ['张敏', '男', ` ${spaced(ids.zhang, '\u3000')}\u00a0`, '正式党员', utc(2012, 5, 1), utc(2013, 5, 1), branch],
    ['陈强', '男', spaced(ids.chen, '\t'), '正式党员', utc(2011, 3, 1), utc(2012, 3, 1), branch],
    ['李丽', '女', spaced(withWrongCheck(ids.li), ' '), '正式党员', utc(2015, 6, 1), utc(2016, 6, 1), branch],
  ];
  rows.forEach((cells, index) => putRow(sheet, index + 2, cells));
  return deterministicXlsx(workbook);
}

const text = (value: string) => async () => Buffer.from(value, 'utf8');

export const hostileCorpus: readonly HostileFile[] = [
  { name: 'empty-workbook.xlsx', about: 'a workbook with one empty sheet', bytes: emptyWorkbook },
  { name: 'headers-only.xlsx', about: 'a roster header and no members', bytes: headersOnly },
  { name: 'instructions-above-header.xlsx', about: '25 lines of 填表说明 above the header (row 26)', bytes: instructionsAboveHeader },
  { name: 'merged-two-row-header.xlsx', about: 'a two-row header with merged group cells (基本信息, 党籍信息)', bytes: mergedTwoRowHeader },
  { name: 'hidden-rows-columns.xlsx', about: 'a hidden member row and hidden columns', bytes: hiddenRowsAndColumns },
  { name: 'formulas-errors.xlsx', about: 'formulas with cached results, #N/A and #REF!, and a formula never calculated', bytes: formulasAndErrors },
  { name: 'rich-text-hyperlinks.xlsx', about: 'rich-text cells and hyperlink cells', bytes: richTextAndHyperlinks },
  { name: 'wide-400-columns.xlsx', about: '400 columns, the roster in the last seven (OD–OJ)', bytes: fourHundredColumns },
  { name: 'workbook-part-last.xlsx', about: 'a roster whose zip puts xl/workbook.xml after the worksheet', bytes: () => plainRoster(workbookPartLast) },
  { name: 'zero-byte.xlsx', about: 'an empty file', bytes: async () => Buffer.alloc(0) },
  { name: 'truncated.xlsx', about: 'the first 60% of a roster', bytes: truncated },
  { name: 'damaged-entry.xlsx', about: 'a whole zip whose worksheet data is overwritten', bytes: damagedEntry },
  { name: 'text-named.xlsx', about: 'a text file named .xlsx', bytes: text('姓名,性别,入党时间\r\n王建国,男,2010-07-01\r\n') },
  { name: 'web-page.xls', about: 'an HTML table saved as .xls, as many systems export', bytes: text('<html><head><meta charset="utf-8"></head><body><table><tr><td>姓名</td><td>入党时间</td></tr></table></body></html>\n') },
  { name: 'old-format.xls', about: 'an Excel 97–2003 workbook (CFB with a Workbook stream)', bytes: async () => compoundFile('Workbook') },
  { name: 'password-protected.xlsx', about: 'an encrypted workbook (CFB with an EncryptionInfo stream)', bytes: async () => compoundFile('EncryptionInfo') },
  { name: 'roster-gbk.csv', about: 'CSV in GBK, as Excel on Chinese Windows saves it', bytes: async () => iconv.encode(csvText(gbkRows), 'gbk') },
  { name: 'roster-gb18030.csv', about: 'CSV in GB18030 with 𠀀 (four bytes)', bytes: async () => iconv.encode(csvText(gb18030Rows), 'gb18030') },
  { name: 'roster-utf8-bom.csv', about: 'CSV in UTF-8 with a byte-order mark', bytes: async () => Buffer.from(`\ufeff${csvText(csvRows)}`, 'utf8') },
  { name: 'roster-utf8.csv', about: 'CSV in UTF-8 without a byte-order mark', bytes: async () => Buffer.from(csvText(csvRows), 'utf8') },
  { name: 'dates-before-1900.xlsx', about: 'dates before 1900 as text, and the serials around the phantom 1900-02-29', bytes: datesBefore1900 },
  { name: 'date-system-1904.xlsx', about: 'a workbook in the 1904 date system', bytes: dateSystem1904 },
  { name: 'ids-with-spaces.xlsx', about: 'ID numbers with spaces, tabs and full-width spaces inside', bytes: idsWithSpaces },
];
