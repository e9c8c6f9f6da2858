import { describe, expect, it } from '@jest/globals';
import type { CellValue } from '@taizhang/core';
import { xmlCellValue, type CellContext } from './xmlCellValue';

const utc = (year: number, month: number, day: number, hour = 0) => new Date(Date.UTC(year, month - 1, day, hour));
const context: CellContext = { sharedStrings: ['姓名', '', '王建国'], date1904: false };
const mac: CellContext = { ...context, date1904: true };

describe('xmlCellValue', () => {
  it.each<[string, string | undefined, string, CellValue]>([
    ['a shared string', 's', '2', '王建国'],
    ['an empty shared string as an empty cell', 's', '1', null],
    ['a shared string that is not in the table as an empty cell', 's', '7', null],
    ['a formula\'s text result', 'str', '张三 & 李四', '张三 & 李四'],
    ['an escaped carriage return in a text result', 'str', 'a_x000D_b', 'a\rb'],
    ['an inline string, taken as it is', 'inlineStr', '_x000D_', '_x000D_'],
    ['TRUE', 'b', '1', true],
    ['FALSE', 'b', '0', false],
    ['true written out', 'b', 'true', true],
    ['false written out', 'b', 'false', false],
    ['a boolean that is none as an empty cell', 'b', 'yes', null],
    ['an error', 'e', '#N/A', { kind: 'error', code: '#N/A' }],
    ['a number without a type', undefined, '31118', 31118],
    ['a number', 'n', '-1.5E3', -1500],
    ['0', 'n', '0', 0],
    ['a number that is none as an empty cell', 'n', 'abc', null],
    ['no text at all as an empty cell', 'n', '', null],
    ['an ISO date', 'd', '1985-03-12', utc(1985, 3, 12)],
    ['an ISO date and time without an offset, as UTC', 'd', '1985-03-12T08:00:00', utc(1985, 3, 12, 8)],
    ['an ISO date and time with an offset', 'd', '1985-03-12T08:00:00+08:00', utc(1985, 3, 12)],
    ['an ISO date that is none as an empty cell', 'd', '1985-13-45', null],
  ])('%s', (_case, type, text, expected) => {
    expect(xmlCellValue(type, text, false, context)).toEqual(expected);
  });

  it('reads a number in a date-styled cell as its date at UTC midnight, in the 1900 or the 1904 system', () => {
    expect(xmlCellValue(undefined, '31118', true, context)).toEqual(utc(1985, 3, 12));
    expect(xmlCellValue('n', '31118.5', true, context)).toEqual(utc(1985, 3, 12, 12));
    expect(xmlCellValue(undefined, '29656', true, mac)).toEqual(utc(1985, 3, 12));
  });

  it('gives 1900-system serials before 1900-03-01 back as serials (earlySerialDate), not in the 1904 system', () => {
    expect([1, 59, 60, 61].map((serial) => xmlCellValue('n', String(serial), true, context))).toEqual([1, 59, 60, utc(1900, 3, 1)]);
    expect(xmlCellValue('n', '1', true, mac)).toEqual(utc(1904, 1, 2));
  });

  it('leaves a date style alone on what is not a number', () => {
    expect(xmlCellValue('s', '0', true, context)).toBe('姓名');
    expect(xmlCellValue('b', '1', true, context)).toBe(true);
  });
});
