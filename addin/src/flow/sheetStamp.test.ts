import { describe, expect, it } from '@jest/globals';
import { checkGrid, isCellError, type CellValue, type Grid } from '@taizhang/core';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import type { SheetState } from '../host/WorkbookHost';
import { matchesStamp, stampOf, stampProbe, type SheetStamp } from './sheetStamp';

const asOf = { year: 2025, month: 6, day: 30 };
/** rosterSeed's rows as the core takes them (it has no error cells). */
const seedRows: CellValue[][] = (rosterSeed.sheets[0]?.rows ?? []).map((row) => row.map((cell) => (typeof cell === 'object' && cell !== null ? { kind: 'error' as const, code: cell.error } : cell)));

function rosterGrid(rows: readonly (readonly CellValue[])[] = seedRows): Grid {
  return { sheet: '党员花名册', origin: { row: 1, column: 1 }, values: rows };
}

/** What `inspectSheet` would read back from a sheet now holding `grid`: error values as their text. */
function readBack(stamp: SheetStamp, grid: Grid): SheetState {
  const probe = stampProbe(stamp);
  const width = grid.values[0]?.length ?? 0;
  return {
    readOnly: false,
    protected: false,
    used: grid.values.length === 0 ? null : { origin: grid.origin, rowCount: grid.values.length, columnCount: width },
    rows: probe.rows.map((row) => (grid.values[row - grid.origin.row] ?? []).slice(probe.firstColumn - 1, probe.firstColumn - 1 + probe.columnCount).map((value) => (isCellError(value) ? value.code : value))),
  };
}

function edited(grid: Grid, change: (rows: CellValue[][]) => void): Grid {
  const rows = grid.values.map((row) => [...row]);
  change(rows);
  return { ...grid, values: rows };
}

describe('sheet stamps', () => {
  const grid = rosterGrid();
  const stamp = stampOf(grid, checkGrid(grid, { asOf }).report);

  it('probes the header, the first and last rows and every row with an issue to highlight', () => {
    // Rows 3–9 each hold one issue (rosterSeed); row 2 holds none.
    expect(stamp.rows).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stampProbe(stamp)).toEqual({ sheet: '党员花名册', rows: [1, 3, 4, 5, 6, 7, 8, 9, 10], firstColumn: 1, columnCount: 12 });
  });

  it('matches the sheet as read, an error value read back as its text included', () => {
    const withError = edited(grid, (rows) => void (rows[8]?.splice(5, 1, { kind: 'error', code: '#N/A' })));
    const errorStamp = stampOf(withError, checkGrid(withError, { asOf }).report);
    expect(matchesStamp(errorStamp, readBack(errorStamp, withError))).toBe(true);
    expect(matchesStamp(stamp, readBack(stamp, grid))).toBe(true);
  });

  it('tells rows inserted, deleted, sorted or edited where a highlight goes', () => {
    const inserted = edited(grid, (rows) => void rows.splice(3, 0, [10, '新党员', '男']));
    const deleted = edited(grid, (rows) => void rows.splice(5, 1));
    const sorted = edited(grid, (rows) => void rows.splice(1, rows.length - 1, ...rows.slice(1).reverse()));
    const fixedId = edited(grid, (rows) => void rows[2]?.splice(4, 1, '320102198211050227'));
    for (const changed of [inserted, deleted, sorted, fixedId]) expect(matchesStamp(stamp, readBack(stamp, changed))).toBe(false);
  });

  it('lets an edit in a row with nothing to highlight pass, since every highlight still lands on its cell', () => {
    const renamed = edited(grid, (rows) => void rows[1]?.splice(1, 1, '张卫'));
    expect(matchesStamp(stamp, readBack(stamp, renamed))).toBe(true);
  });

  it('samples at most 500 rows, fewer on a wide sheet, keeping the first and the last', () => {
    const long = rosterGrid([seedRows[0] ?? [], ...Array.from({ length: 3000 }, (_, i) => ['', `党员${i}`])]);
    const many = stampOf(long, checkGrid(long, { asOf }).report);
    expect(many.rows.length).toBe(500);
    expect([many.rows[0], many.rows.at(-1)]).toEqual([1, 3001]);
    const wide = rosterGrid([Array.from({ length: 400 }, (_, i) => (i === 0 ? '姓名' : `列${i}`)), ...Array.from({ length: 3000 }, (_, i) => [`党员${i}`])]);
    expect(stampOf(wide, checkGrid(wide, { asOf, templateId: 'roster' }).report).rows.length).toBeLessThanOrEqual(250);
  });
});
