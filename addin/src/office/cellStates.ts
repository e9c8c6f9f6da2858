import { columnNumber } from '@taizhang/core';
import { jsonBytes } from './chunkRows';

/** A cell as undo must give it back: its value as `Range.values` gives it, and its number format. */
export interface CellState {
  readonly value: string | number | boolean;
  readonly format: string;
}

/** A cell by Excel row number and column letter. */
export interface CellAt {
  readonly row: number;
  readonly column: string;
}

/** Cells one under the other in one column: one range, so one action per property however many cells. */
export interface CellRun<T extends CellAt> {
  readonly address: string;
  readonly cells: readonly T[];
}

/** The cells grouped into runs, column by column and top to bottom. */
export function cellRuns<T extends CellAt>(cells: readonly T[]): CellRun<T>[] {
  const sorted = [...cells].sort((a, b) => columnNumber(a.column) - columnNumber(b.column) || a.row - b.row);
  const runs: T[][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run !== undefined && last !== undefined && last.column === cell.column && last.row === cell.row - 1) run.push(cell);
    else runs.push([cell]);
  }
  return runs.map((run) => {
    const first = run[0];
    const last = run[run.length - 1];
    const address = first === undefined || last === undefined ? '' : first === last ? `${first.column}${first.row}` : `${first.column}${first.row}:${last.column}${last.row}`;
    return { address, cells: run };
  });
}

/** Runs split so no request carries more than `budget` bytes of cell data (Excel refuses requests over 5 MB). */
export function runBatches<T extends CellAt>(runs: readonly CellRun<T>[], budget = 1.5 * 1024 * 1024): CellRun<T>[][] {
  const batches: CellRun<T>[][] = [];
  let bytes = 0;
  for (const run of runs) {
    // Each run costs its data about three times over (value, entry format, format) plus the range's path.
    const cost = 3 * jsonBytes(run.cells) + 200;
    const batch = batches[batches.length - 1];
    if (batch === undefined || (bytes + cost > budget && batch.length > 0)) {
      batches.push([run]);
      bytes = cost;
    } else {
      batch.push(run);
      bytes += cost;
    }
  }
  return batches;
}

/** What is read of a cell before it is changed: `formulas` too, so a formula is never overwritten. */
export interface CellRead {
  readonly state: CellState;
  readonly formula: boolean;
}

/** Queues the reads of every run; the function given back gives each cell's content once synced. */
export function queueCellReads<T extends CellAt>(sheet: Excel.Worksheet, runs: readonly CellRun<T>[]): () => Map<T, CellRead> {
  const ranges = runs.map((run) => ({ run, range: sheet.getRange(run.address).load('values,numberFormat,formulas') }));
  return () => {
    const reads = new Map<T, CellRead>();
    for (const { run, range } of ranges) {
      run.cells.forEach((cell, index) => {
        const value: unknown = range.values[index]?.[0];
        const format: unknown = range.numberFormat[index]?.[0];
        const formula: unknown = range.formulas[index]?.[0];
        reads.set(cell, {
          state: { value: typeof value === 'number' || typeof value === 'boolean' ? value : String(value ?? ''), format: typeof format === 'string' ? format : 'General' },
          formula: typeof formula === 'string' && formula.startsWith('='),
        });
      });
    }
    return reads;
  };
}

export interface CellWrite extends CellAt {
  readonly state: CellState;
}

/**
 * Queues writing the states, one action per property per run. Text goes in while the cell's format is
 * text (`@`) and the cell then takes its own format: Excel would read `0012`, `2025-05-04` or an 18-digit
 * ID typed into a General cell as a number or a date, but changing a format never re-reads what a cell
 * holds, so a General cell gets its text back as text.
 */
export function queueCellWrites(sheet: Excel.Worksheet, runs: readonly CellRun<CellWrite>[]): void {
  for (const run of runs) {
    const range = sheet.getRange(run.address);
    const formats = run.cells.map((cell) => [cell.state.format]);
    const entry = run.cells.map((cell) => [typeof cell.state.value === 'string' && cell.state.value !== '' ? '@' : cell.state.format]);
    const needsEntry = entry.some((line, index) => line[0] !== formats[index]?.[0]);
    range.numberFormat = needsEntry ? entry : formats;
    range.values = run.cells.map((cell) => [cell.state.value]);
    if (needsEntry) range.numberFormat = formats;
  }
}

export function sameValue(a: CellState, b: CellState): boolean {
  return a.value === b.value;
}
