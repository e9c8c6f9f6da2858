import type { WorkbookSeed } from './workbook';

/**
 * A 党员花名册 of six members whose problems are mostly mechanical, for the safe fixes (checked at
 * 2025-06-30). Real dates are serials shown as 2000年1月1日 in columns I and J.
 *
 * B3 " 王芳 "                   spaces around the name           → 王芳
 * D3 汉                          short for 汉族                   → 汉族
 * J3 "2007年6月20日", General    a date typed as text             → 39253 as 2007年6月20日 (the column's format)
 * C4 男性                        for 男                           → 男
 * E4 …201x, text format @        ID number with a lowercase x     → …201X
 * I4 "2012.05.04", yyyy/m/d      text in a cell formatted as date → 41033, keeping yyyy/m/d
 * E5 " 440304198001011220 "      ID number with spaces, General   → the 18 digits, as text (@)
 * L5 １３７１１１１２２２２        full-width digits                → 13711112222, as text (@)
 * E6 410105790909031             a 15-digit ID number             → 410105197909090315, as text (@)
 * E7 …0115                       check character wrong            (not certain: never fixed)
 */
export const fixableSeed: WorkbookSeed = {
  name: '第一党支部花名册.xlsx',
  sheets: [
    {
      name: '党员花名册',
      rows: [
        ['序号', '姓名', '性别', '民族', '公民身份号码', '出生日期', '学历', '人员类别', '入党时间', '转正时间', '所在党支部', '联系电话'],
        [1, '张伟', '男', '汉族', '110105197503120114', 27465, '大学本科', '正式党员', 36708, 37073, '第一党支部', '13800138000'],
        [2, ' 王芳 ', '女', '汉', '320102198211050227', 30260, '研究生', '正式党员', 38888, '2007年6月20日', '第一党支部', '13912345678'],
        [3, '刘洋', '男性', '汉族', '11010519850615201x', 31213, '大学本科', '正式党员', '2012.05.04', 41398, '第二党支部', '13588889999'],
        [4, '陈静', '女', '汉族', ' 440304198001011220 ', 29221, '大学本科', '正式党员', 43282, 43647, '第三党支部', '１３７１１１１２２２２'],
        [5, '赵磊', '男', '汉族', '410105790909031', 29107, '大学本科', '正式党员', 36708, 37073, '第三党支部', '13522223333'],
        [6, '黄敏', '男', '汉族', '110105197503120115', 27465, '大学本科', '正式党员', 36708, 37073, '第一党支部', '13833334444'],
      ],
      formats: {
        'A1:L1': { bold: true },
        'F2:F7': { numberFormat: 'yyyy"年"m"月"d"日"' },
        'I2:J7': { numberFormat: 'yyyy"年"m"月"d"日"' },
        J3: { numberFormat: 'General' },
        I4: { numberFormat: 'yyyy/m/d' },
        E4: { numberFormat: '@' },
      },
    },
    { name: '填表说明', rows: [['日期请写作 2000-01-01']] },
  ],
};
