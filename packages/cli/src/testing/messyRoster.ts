import { Workbook } from 'exceljs';
import { idCheckCharacter } from '@taizhang/core';

/** A valid 18-character ID number for a birth date and 顺序码 (odd for men), on one county's prefix. */
export function validId(birth: string, sequence: string): string {
  const first17 = `341122${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

type Cell = string | number | Date | null;

const header = ['序号', '姓名', '性别', '民族', '身份证号码', '出生年月', '人员类别', '入党时间', '转正时间', '所在党支部', '手机号码'];
const branch = '中共青禾县教育局机关支部委员会';

/**
 * A small roster as a branch sends it: a title, a 填报单位 line, a one-row header with local column
 * names, twelve members of whom ten carry one planted problem each, and a footer. Checked as of
 * 2025-06-30. Columns: A 序号 B 姓名 C 性别 D 民族 E 身份证号码 F 出生年月 G 人员类别 H 入党时间
 * I 转正时间 J 所在党支部 K 手机号码.
 */
export function messyRosterRows(): Cell[][] {
  const wang = validId('19850312', '041');
  return [
    ['中共青禾县教育局机关支部党员名册'],
    ['填报单位：青禾县教育局机关支部'],
    header,
    // row 4: clean
    [1, '王建国', '男', '汉族', wang, utc(1985, 3, 12), '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch, '13912345678'],
    // row 5: check character wrong (valid would be the computed one)
    [2, '李丽', '女', '汉族', `${validId('19900815', '022').slice(0, 17)}${idCheckCharacter('34112219900815022') === '0' ? '1' : '0'}`, utc(1990, 8, 15), '正式党员', utc(2015, 6, 1), utc(2016, 6, 1), branch, '13812345678'],
    // row 6: 性别 女, ID says male
    [3, '张敏', '女', '汉族', validId('19880101', '013'), utc(1988, 1, 1), '正式党员', utc(2012, 5, 1), utc(2013, 5, 1), branch, '13712345678'],
    // row 7: 民族 short form
    [4, '马文博', '男', '回', validId('19920520', '031'), utc(1992, 5, 20), '正式党员', utc(2016, 7, 1), utc(2017, 7, 1), branch, '13612345678'],
    // row 8: 预备党员 with a 转正时间
    [5, '刘婷', '女', '汉族', validId('19980303', '026'), utc(1998, 3, 3), '预备党员', utc(2024, 12, 1), utc(2025, 6, 1), branch, '13512345678'],
    // row 9: 正式党员 without a 转正时间
    [6, '陈强', '男', '汉族', validId('19870707', '057'), utc(1987, 7, 7), '正式党员', utc(2011, 3, 1), null, branch, '13412345678'],
    // row 10: joined at 16
    [7, '杨雪', '女', '汉族', validId('19950909', '048'), utc(1995, 9, 9), '正式党员', utc(2012, 1, 1), utc(2013, 1, 1), branch, '13312345678'],
    // row 11: 王建国 again (same ID as row 4)
    [8, '王建国', '男', '汉族', wang, utc(1985, 3, 12), '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), branch, '13912345678'],
    // row 12: phone too short
    [9, '赵磊', '男', '汉族', validId('19910404', '079'), utc(1991, 4, 4), '正式党员', utc(2014, 7, 1), utc(2015, 7, 1), branch, '12345'],
    // row 13: ID typed as a number (Excel kept 15 significant digits)
    [10, '周芳', '女', '汉族', Number(`${validId('19930606', '064').slice(0, 15)}000`), utc(1993, 6, 6), '正式党员', utc(2017, 7, 1), utc(2018, 7, 1), branch, '13212345678'],
    // row 14: 入党时间 in the future, written as text
    [11, '吴涛', '男', '汉族', validId('19890202', '095'), utc(1989, 2, 2), '正式党员', '2031.05', utc(2016, 5, 1), branch, '13112345678'],
    // row 15: 15-digit legacy ID (born 1967-04-01, male)
    [12, '孙德胜', '男', '汉族', '341122670401001', utc(1967, 4, 1), '正式党员', utc(1995, 7, 1), utc(1996, 7, 1), branch, '0550-5012345'],
    [],
    ['填表人：周文静', null, null, null, '审核人：陈立新'],
  ];
}

export async function writeMessyRoster(path: string): Promise<void> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('教育局');
  messyRosterRows().forEach((cells, index) => {
    const row = sheet.getRow(index + 1);
    cells.forEach((value, column) => {
      const cell = row.getCell(column + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
  await workbook.xlsx.writeFile(path);
}
