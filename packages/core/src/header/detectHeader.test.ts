import { describe, expect, it } from '@jest/globals';
import type { CellValue, Grid } from '../grid/Grid';
import { rosterTemplate } from '../templates/roster';
import { detectHeader, headerForTemplate } from './detectHeader';

const grid = (values: CellValue[][]): Grid => ({ sheet: 'Sheet1', origin: { row: 1, column: 1 }, values });
const fieldsOf = (values: CellValue[][]) =>
  detectHeader(grid(values), [rosterTemplate])?.columns.map((column) => `${column.columnIndex}:${column.field.id}`);

describe('detectHeader', () => {
  it('finds the header below a title, a 填报单位 line and instructions', () => {
    const match = detectHeader(
      grid([
        ['中共某县直机关工委党员花名册'],
        ['填报单位：县财政局'],
        ['1、红色字段为必填；2、日期格式为 1985.03'],
        ['姓名', '性别', '公民身份号码', '入党时间', '人员类别', '所在党支部', '籍贯'],
        ['张伟', '男', '430702198503120010', '2010.07', '正式党员', '一支部', '湖南常德'],
      ]),
      [rosterTemplate],
    );
    expect(match?.headerIndex).toBe(3);
    expect(match?.columns.map((column) => column.field.id)).toEqual(['name', 'sex', 'idNumber', 'joinDate', 'category', 'branch']);
  });

  it('reads a two-row merged header, taking vertically merged labels from the row above', () => {
    const match = detectHeader(
      grid([
        ['序号', '基本信息', null, null, '党员信息', null, '联系电话'],
        [null, '姓名', '性别', '身份证号', '入党日期', '党员类别', null],
      ]),
      [rosterTemplate],
    );
    expect(match?.headerIndex).toBe(1);
    expect(match?.columns.map((column) => `${column.header}→${column.field.id}`)).toEqual([
      '姓名→name',
      '性别→sex',
      '身份证号→idNumber',
      '入党日期→joinDate',
      '党员类别→category',
      '联系电话→phone',
    ]);
  });

  it('reads 党籍状态 as 人员类别 when it holds 正式/预备, and as 党籍状态 when it holds 正常', () => {
    const header = ['姓名', '入党时间', '所在党支部', '人员类别', '党籍状态（正式党员或预备党员）'];
    expect(fieldsOf([header, ['张伟', '2010.07', '一支部', '普通编制', '正式党员'], ['李娜', '2026.03', '一支部', '普通编制', '预备党员']])).toEqual([
      '0:name',
      '1:joinDate',
      '2:branch',
      '4:category',
    ]);
    expect(fieldsOf([['姓名', '入党时间', '所在党支部', '人员类别', '党籍状态'], ['张伟', '2010.07', '一支部', '正式党员', '正常']])).toEqual([
      '0:name',
      '1:joinDate',
      '2:branch',
      '3:category',
      '4:partyStatus',
    ]);
  });

  it('keeps the first of two columns that mean the same field', () => {
    expect(fieldsOf([['姓名', '入党时间', '手机号码', '固定电话', '支部'], ['张伟', '2010.07', '13812345678', '0731-1234567', '一支部']])).toEqual([
      '0:name',
      '1:joinDate',
      '2:phone',
      '4:branch',
    ]);
  });

  it('finds nothing in a sheet that is not a roster', () => {
    expect(detectHeader(grid([['会议类型', '会议时间', '主持人'], ['支委会', '2026.01', '张伟']]), [rosterTemplate])).toBeUndefined();
    expect(detectHeader(grid([]), [rosterTemplate])).toBeUndefined();
  });

  it('maps a chosen template onto its best row even below the usual threshold', () => {
    const match = headerForTemplate(grid([['标题'], ['姓名', '备注'], ['张伟', '']]), rosterTemplate);
    expect(match?.headerIndex).toBe(1);
    expect(match?.columns.map((column) => column.field.id)).toEqual(['name']);
  });
});
