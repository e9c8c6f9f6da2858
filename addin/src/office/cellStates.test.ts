import { describe, expect, it } from '@jest/globals';
import { cellRuns, runBatches } from './cellStates';

describe('cellRuns', () => {
  it('makes one range of the cells one under the other in a column', () => {
    const cells = [
      { row: 5, column: 'E' },
      { row: 3, column: 'B' },
      { row: 4, column: 'E' },
      { row: 7, column: 'E' },
      { row: 3, column: 'AA' },
    ];
    expect(cellRuns(cells).map((run) => [run.address, run.cells.length])).toEqual([
      ['B3', 1],
      ['E4:E5', 2],
      ['E7', 1],
      ['AA3', 1],
    ]);
  });
});

describe('runBatches', () => {
  it('splits runs so no request carries more than its budget of cell data, never splitting a run', () => {
    const runs = cellRuns(Array.from({ length: 300 }, (_, index) => ({ row: 2 + index * 2, column: 'E', state: { value: '110105197503120114', format: '@' } })));
    const batches = runBatches(runs, 20_000);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(runs);
    const one = cellRuns(Array.from({ length: 1000 }, (_, index) => ({ row: 2 + index, column: 'E' })));
    expect(runBatches(one, 10)).toEqual([one]);
  });
});
