import { isCellError, type CellValue, type Grid, type SheetReport } from '@taizhang/core';
import type { SheetProbe, SheetState, UsedArea } from '../host/WorkbookHost';
import { cellIssues } from './cellIssues';

/**
 * What a sheet looked like when it was read, kept small: its used range and the values of a few rows
 * (the header, the rows holding issues to highlight, the first and last), so that before highlighting
 * a cheap read tells whether the user inserted, deleted, sorted or edited rows meanwhile.
 */
export interface SheetStamp {
  readonly sheet: string;
  readonly used: UsedArea | null;
  /** Excel row numbers, ascending. */
  readonly rows: readonly number[];
  /** Each probed row's values as text, in `rows` order. */
  readonly values: readonly string[];
}

/** Rows read back at most; past it, rows are sampled evenly, the first and last kept. */
const maxRows = 500;
/** Cells read back at most, so a wide sheet probes fewer rows. */
const maxCells = 100_000;

/** A row's values compared as text: an error value as its code, the way `inspectSheet` reads it back. */
function rowText(values: readonly CellValue[]): string {
  return JSON.stringify(values.map((value) => (isCellError(value) ? value.code : value instanceof Date ? value.toISOString() : value)));
}

function sample(rows: readonly number[], limit: number): number[] {
  if (rows.length <= limit) return [...rows];
  const step = (rows.length - 1) / (limit - 1);
  return [...new Set(Array.from({ length: limit }, (_, i) => rows[Math.round(i * step)] ?? rows[0] ?? 0))];
}

/** The stamp of a grid just read, probing the header and the rows of `report`'s highlighted issues. */
export function stampOf(grid: Grid, report: SheetReport): SheetStamp {
  const width = grid.values[0]?.length ?? 0;
  const first = grid.origin.row;
  const last = first + grid.values.length - 1;
  const wanted = [first, last, ...(report.headerRow === null ? [] : [report.headerRow]), ...cellIssues(report).map((issue) => issue.row)];
  const inside = [...new Set(wanted)].filter((row) => row >= first && row <= last).sort((a, b) => a - b);
  const rows = sample(inside, Math.max(2, Math.min(maxRows, Math.floor(maxCells / Math.max(1, width)))));
  return {
    sheet: grid.sheet,
    used: grid.values.length === 0 ? null : { origin: grid.origin, rowCount: grid.values.length, columnCount: width },
    rows,
    values: rows.map((row) => rowText(grid.values[row - first] ?? [])),
  };
}

/** What to read back to compare with the stamp. */
export function stampProbe(stamp: SheetStamp): SheetProbe {
  return { sheet: stamp.sheet, rows: stamp.rows, firstColumn: stamp.used?.origin.column ?? 1, columnCount: stamp.used?.columnCount ?? 0 };
}

function sameArea(a: UsedArea | null, b: UsedArea | null): boolean {
  if (a === null || b === null) return a === b;
  return a.origin.row === b.origin.row && a.origin.column === b.origin.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

/** Whether the sheet read back (with `stampProbe`) is still as stamped. */
export function matchesStamp(stamp: SheetStamp, state: SheetState): boolean {
  return sameArea(stamp.used, state.used) && stamp.values.every((text, i) => text === rowText(state.rows[i] ?? []));
}
