import type { CellValue, Grid } from '../grid/Grid';
import { idCheckCharacter } from '../id/idCheckCharacter';

/** A sound ID on 青禾县's 地址码 for a birth date and 顺序码. */
export function volunteerId(birth: string, sequence: string): string {
  const first17 = `341122${birth}${sequence}`;
  return first17 + idCheckCharacter(first17);
}

/** A 党员志愿服务台账 template as a branch secretary would write it: no built-in template knows this ledger. */
export const volunteerTemplateJson = {
  id: 'volunteer-service',
  name: { 'zh-CN': '党员志愿服务台账', en: 'Volunteer service ledger' },
  fields: [
    { id: 'name', label: '姓名', aliases: ['志愿者姓名', '党员姓名'], type: 'text', required: true },
    { id: 'idNumber', label: '公民身份号码', aliases: ['身份证号'], type: 'id-number', unique: true },
    { id: 'branch', label: '所在党支部', aliases: ['支部'], type: 'text' },
    { id: 'signUpDate', label: '报名日期', type: 'date' },
    { id: 'serviceDate', label: '服务日期', type: 'date', required: true },
    { id: 'kind', label: '服务类型', type: 'enum', values: ['理论宣讲', '环境整治', { value: '助老助残', aliases: ['助老'] }, '文明交通'] },
    { id: 'hours', label: '服务时长', type: 'number', min: 0.5, max: 12 },
    { id: 'phone', label: '联系电话', type: 'phone' },
  ],
  rules: [
    { rule: 'dateOrder', before: 'signUpDate', after: 'serviceDate' },
    { rule: 'minAge', birth: 'idNumber', at: 'serviceDate', years: 18 },
    { rule: 'notFuture', fields: ['signUpDate', 'serviceDate'] },
  ],
};

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/**
 * The ledger as kept, checked as of 2025-06-30: a title, the header in row 2, ten people of whom nine
 * carry one planted problem each, and a footer. Columns: A 序号 B 姓名 C 身份证号 D 支部 E 报名日期
 * F 服务日期 G 服务类型 H 服务时长（小时） I 联系电话.
 */
export function volunteerGrid(): Grid {
  const wang = volunteerId('19850312', '041');
  const li = volunteerId('19900815', '022');
  const wrongCheck = `${li.slice(0, 17)}${li.endsWith('0') ? '1' : '0'}`;
  const branch = '青禾县教育局机关支部';
  const values: CellValue[][] = [
    ['青禾县教育局2025年党员志愿服务登记表'],
    ['序号', '志愿者姓名', '身份证号', '支部', '报名日期', '服务日期', '服务类型', '服务时长（小时）', '联系电话'],
    // row 3: clean
    [1, '王建国', wang, branch, day(2025, 3, 1), day(2025, 3, 5), '理论宣讲', 2, '13912345678'],
    // row 4: check character wrong
    [2, '李丽', wrongCheck, branch, day(2025, 3, 1), day(2025, 3, 5), '环境整治', 3, '13812345678'],
    // row 5: served before signing up
    [3, '张敏', volunteerId('19880101', '024'), branch, day(2025, 4, 10), day(2025, 4, 8), '文明交通', 1.5, '13712345678'],
    // row 6: 15 on the day of service
    [4, '马晓', volunteerId('20090615', '031'), branch, day(2025, 2, 20), day(2025, 3, 1), '助老助残', 2, '13612345678'],
    // row 7: a kind of service not in the list
    [5, '刘婷', volunteerId('19980303', '026'), branch, day(2025, 3, 1), day(2025, 3, 5), '植树', 2, '13512345678'],
    // row 8: 30 hours in one day
    [6, '陈强', volunteerId('19870707', '057'), branch, day(2025, 3, 1), day(2025, 3, 5), '环境整治', 30, '13412345678'],
    // row 9: 王建国's ID again under another name
    [7, '王建军', wang, branch, day(2025, 3, 1), day(2025, 3, 6), '理论宣讲', 2, '13312345678'],
    // row 10: service date after the as-of date
    [8, '赵磊', volunteerId('19910404', '079'), branch, day(2025, 6, 1), day(2025, 8, 1), '文明交通', 2, '13212345678'],
    // row 11: no name
    [9, null, volunteerId('19930606', '064'), branch, day(2025, 3, 1), day(2025, 3, 5), '环境整治', 2, '13112345678'],
    // row 12: 助老 for 助老助残 and a service date typed as text: both safely fixable
    [10, '周芳', volunteerId('19890202', '048'), branch, day(2025, 5, 1), '2025年5月4日', '助老', 2, '13012345678'],
    [],
    ['填表人：周文静'],
  ];
  return { sheet: '志愿服务', origin: { row: 1, column: 1 }, values };
}
