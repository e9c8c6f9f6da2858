import { describe, expect, it } from '@jest/globals';
import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue } from '@taizhang/core';
import { toCellValue } from './toCellValue';

describe('toCellValue', () => {
  const birth = new Date(Date.UTC(1985, 2, 12));
  it.each<[string, ExcelCellValue, CellValue]>([
    ['text', '张三', '张三'],
    ['empty text as an empty cell', '', null],
    ['a number', 31118, 31118],
    ['a date', birth, birth],
    ['a boolean', false, false],
    ['an error value', { error: '#DIV/0!' }, { kind: 'error', code: '#DIV/0!' }],
    ['rich text as its plain text', { richText: [{ text: '中共' }, { text: '财政局支部', font: { bold: true } }] }, '中共财政局支部'],
    ['a formula as its cached result', { formula: 'A1+1', result: 42 }, 42],
    ['a formula with a cached error', { formula: '1/0', result: { error: '#DIV/0!' } }, { kind: 'error', code: '#DIV/0!' }],
    ['a formula never calculated as empty', { formula: 'NOW()' }, null],
    ['a hyperlink as its text', { text: '支部主页', hyperlink: 'https://example.org/' }, '支部主页'],
    ['nothing', null, null],
  ])('%s', (_name, value, expected) => {
    expect(toCellValue(value)).toEqual(expected);
  });
});
