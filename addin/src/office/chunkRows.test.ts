import { describe, expect, it } from '@jest/globals';
import { jsonBytes, nextChunkRows, probeRows } from './chunkRows';

const budget = { bytes: 1000, cells: 300, probeCells: 40 };

describe('chunk sizing', () => {
  it('probes with a fixed number of cells', () => {
    expect(probeRows(8, budget)).toBe(5);
    expect(probeRows(100, budget)).toBe(1);
  });

  it('fits the byte budget from the measured bytes per row', () => {
    // 1000 bytes / 40 bytes per row = 25 rows; 300 cells / 2 columns = 150 rows.
    expect(nextChunkRows(40, 2, budget)).toBe(25);
  });

  it('never asks for more cells than the cell budget', () => {
    // 1000 / 4 = 250 rows by bytes, but 300 cells / 10 columns = 30 rows.
    expect(nextChunkRows(4, 10, budget)).toBe(30);
  });

  it('reads at least one row even when a single row is over budget', () => {
    expect(nextChunkRows(5000, 2, budget)).toBe(1);
  });

  it('counts UTF-8 bytes of the JSON', () => {
    // [["党员",1]]: 8 ASCII characters and two Chinese characters of 3 bytes each.
    expect(jsonBytes([['党员', 1]])).toBe(14);
  });
});
