import { buildRosterSummary, checkGrid, poolSheets } from '@taizhang/core';
import { benchAsOf, rosterGrid } from './roster';

/**
 * One core measurement in a process of its own (run by core.ts with --expose-gc), so that each size's
 * peak memory is its own: prints one JSON line of CoreFigures for the roster size given as argument.
 */

export interface CoreFigures {
  readonly rows: number;
  readonly issues: number;
  readonly checkMs: number;
  readonly summarizeMs: number;
  /** Resident memory once the generated grid is built and garbage is collected. */
  readonly gridRssBytes: number;
  /** Highest resident memory of the whole process (grid, check, summary). */
  readonly peakRssBytes: number;
}

function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') throw new Error('coreRun needs node --expose-gc');
  gc();
}

function measure(size: number): CoreFigures {
  const grid = rosterGrid(size);
  collectGarbage();
  const gridRssBytes = process.memoryUsage().rss;

  const started = performance.now();
  const { report, rows } = checkGrid(grid, { asOf: benchAsOf });
  const checked = performance.now();
  const pool = poolSheets([{ file: 'bench.xlsx', sheet: report.sheet, rows }]);
  const summary = buildRosterSummary({ rows: pool.rows, asOf: benchAsOf, sources: pool.sources, duplicates: pool.duplicates });
  const summarized = performance.now();
  if (summary.headline['members']?.count === undefined) throw new Error('the summary has no member count');

  return {
    rows: rows.length,
    issues: report.issues.length,
    checkMs: checked - started,
    summarizeMs: summarized - checked,
    gridRssBytes,
    // maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error(`coreRun needs a row count, got "${process.argv[2] ?? ''}"`);
process.stdout.write(`${JSON.stringify(measure(size))}\n`);
