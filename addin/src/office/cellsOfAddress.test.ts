import { describe, expect, it } from '@jest/globals';
import { cellsOfAddress } from './cellsOfAddress';

describe('cellsOfAddress', () => {
  it('lists the cells of every area, with the sheet name dropped', () => {
    expect(cellsOfAddress('花名册!B3,花名册!D5:D7')).toEqual([
      { row: 3, column: 2 },
      { row: 5, column: 4 },
      { row: 6, column: 4 },
      { row: 7, column: 4 },
    ]);
  });

  it('does not split inside a quoted sheet name holding a comma or a quote', () => {
    expect(cellsOfAddress("'a,b''s'!$AA$10:$AB$10,'a,b''s'!C1")).toEqual([
      { row: 10, column: 27 },
      { row: 10, column: 28 },
      { row: 1, column: 3 },
    ]);
  });

  it('refuses what is not a cell reference', () => {
    expect(() => cellsOfAddress('Sheet1!A:A')).toThrow(RangeError);
  });
});
