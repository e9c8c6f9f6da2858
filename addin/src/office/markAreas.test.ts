import { describe, expect, it } from '@jest/globals';
import { addressLists, markAreas } from './markAreas';

describe('markAreas', () => {
  it('merges consecutive rows of one column and severity, and keeps the most severe issue of a cell', () => {
    const issues = [
      { row: 5, column: 'E', severity: 'error' },
      { row: 6, column: 'E', severity: 'error' },
      { row: 7, column: 'E', severity: 'error' },
      { row: 7, column: 'E', severity: 'warning' },
      { row: 9, column: 'E', severity: 'error' },
      { row: 6, column: 'AA', severity: 'warning' },
      { row: 6, column: 'C', severity: 'info' },
      { row: 6, column: 'C', severity: 'warning' },
      { row: 7, column: 'C', severity: 'info' },
    ] as const;
    expect(markAreas(issues)).toEqual({
      error: ['E5:E7', 'E9'],
      warning: ['C6', 'AA6'],
      info: ['C7'],
    });
  });

  it('gives no areas for no issues', () => {
    expect(markAreas([])).toEqual({ error: [], warning: [], info: [] });
  });
});

describe('addressLists', () => {
  it('packs areas into lists no longer than the limit', () => {
    expect(addressLists(['A1', 'B2:B9', 'C3', 'D4'], 8)).toEqual(['A1,B2:B9', 'C3,D4']);
  });
});
