import { describe, expect, it } from '@jest/globals';
import type { CellValue, Grid } from '../grid/Grid';
import { detectHeader } from '../header/detectHeader';
import { rosterTemplate } from '../templates/roster';
import { dataRowIndices } from './dataRowIndices';

describe('dataRowIndices', () => {
  it('leaves out blank rows, numbered empty rows, footers and merged instruction blocks', () => {
    const values: CellValue[][] = [
      ['序号', '姓名', '入党时间', '所在党支部'],
      [1, '张伟', '2010.07', '一支部'],
      [2, null, null, null],
      [],
      [null, '填写注意事项：\n1、本表仅供校外人员使用。\n2、请按字段批注填写，字段及字段顺序请勿删除或调整。'],
      [3, '李娜', '2026.03', '二支部'],
      ['合计', '2人'],
      ['填表人：王五', null, '审核人：赵六'],
      [null, '  注：入党时间以支部大会通过之日为准  '],
    ];
    const grid: Grid = { sheet: 'Sheet1', origin: { row: 1, column: 1 }, values };
    const match = detectHeader(grid, [rosterTemplate]);
    if (match === undefined) throw new Error('header not found');
    expect(dataRowIndices(grid, match)).toEqual([1, 5]);
  });
});
