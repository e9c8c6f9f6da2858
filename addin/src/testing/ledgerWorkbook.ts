import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import type { SheetSeed, WorkbookSeed } from '../../../tests/fake-office/workbook';

/**
 * The 党组织台账 of the unit whose roster is `rosterSeed` (checked at 2025-06-30). Against the roster
 * (第一、第二、第三党支部 with 3 members each; 第二 has 1 预备党员):
 *
 * row 4 第二党支部  党员数 4 and 正式党员数 3, the roster counts 3 and 2
 * row 6 第四党支部  no member in the roster
 *
 * Grades (上年 → 本年, 大幅提升): 机关党委 先进 → 先进; 第一 一般 → 先进, 是; 第二 一般 → 一般; 第三 后进 → 一般;
 * 第四 一般 → 一般. So 先进 1 (0 up), 一般 3 (1 up, 1 大幅提升), 后进 1 (1 up).
 */
export const organisationSheet: SheetSeed = {
  name: '党组织',
  rows: [
    ['序号', '党组织名称', '组织类别', '上级党组织', '党员数', '正式党员数', '上次换届时间', '上年度分类', '本年度分类', '是否大幅提升'],
    [1, '机关党委', '党委', '县委', 9, 8, '2021-06', '先进', '先进', '否'],
    [2, '第一党支部', '党支部', '机关党委', 3, 3, '2023-05', '一般', '先进', '是'],
    [3, '第二党支部', '党支部', '机关党委', 4, 3, '2023-09', '一般', '一般', '否'],
    [4, '第三党支部', '党支部', '机关党委', 3, 3, '2024-01', '后进', '一般', '否'],
    [5, '第四党支部', '党支部', '机关党委', 5, 5, '2024-01', '一般', '一般', '否'],
  ],
};

/** One workbook holding the roster, its 填表说明 and the 党组织台账, the roster active. */
export const ledgerWorkbook: WorkbookSeed = { name: '机关党委台账.xlsx', sheets: [...rosterSeed.sheets, organisationSheet] };
