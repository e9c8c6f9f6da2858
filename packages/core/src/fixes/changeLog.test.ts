import { describe, expect, it } from '@jest/globals';
import type { CellFix } from './CellFix';
import { changeLogEntries, changeLogRow } from './changeLog';
import { fixedCellValue, fixedExcelValue } from './fixedCellValue';

const base = { sheet: '一支部', field: 'joinDate', header: '入党时间' } as const;
const dateFix: CellFix = { ...base, row: 2, column: 'G', rule: 'date.text', rules: ['date.text'], before: '2014年7月1日', after: '2014-07-01', kind: 'date' };
const idFix: CellFix = { ...base, row: 3, column: 'D', field: 'idNumber', rule: 'id.legacy15', rules: ['id.legacy15'], before: 341122670401001, after: '341122196704010013', kind: 'text' };

describe('changeLogEntries', () => {
  it('records each fix at the local time given, the cell as it read before', () => {
    const entries = changeLogEntries([dateFix, idFix], new Date(2025, 5, 30, 14, 5, 9));
    expect(entries).toEqual([
      { time: '2025-06-30 14:05:09', sheet: '一支部', cell: 'G2', before: '2014年7月1日', after: '2014-07-01', rule: 'date.text' },
      { time: '2025-06-30 14:05:09', sheet: '一支部', cell: 'D3', before: '341122670401001', after: '341122196704010013', rule: 'id.legacy15' },
    ]);
    expect(entries[1] && changeLogRow(entries[1])).toEqual(['2025-06-30 14:05:09', '一支部', 'D3', '341122670401001', '341122196704010013', '15位身份证号升级为18位']);
    expect(entries[0] && changeLogRow(entries[0], 'en')[5]).toBe('Text to date');
  });
});

describe('fixedCellValue and fixedExcelValue', () => {
  it('turn a date fix into a Date cell or an Excel serial', () => {
    expect(fixedCellValue(dateFix)).toEqual(new Date(Date.UTC(2014, 6, 1)));
    // 2014-07-01 is serial 41821 in the 1900 system, 1462 fewer in the 1904 one.
    expect(fixedExcelValue(dateFix)).toBe(41821);
    expect(fixedExcelValue(dateFix, 1904)).toBe(40359);
  });

  it('keep an ID number as text and a dues amount as a number', () => {
    expect(fixedExcelValue(idFix)).toBe('341122196704010013');
    expect(fixedExcelValue({ ...idFix, rule: 'dues.amountMissing', after: '12.5', kind: 'number' })).toBe(12.5);
  });
});
