import { readFileSync, writeFileSync } from 'node:fs';
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
  /** CPU time of the check, all threads: steadier than wall time when other work shares the cores. */
  readonly checkCpuMs: number;
  readonly summarizeMs: number;
  /** Resident memory once the generated grid is built and garbage is collected. */
  readonly gridRssBytes: number;
  /** Highest resident memory of the process (grid, check, summary) while checking and summarizing. */
  readonly peakRssBytes: number;
}

function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, 'gc');
  if (typeof gc !== 'function') throw new Error('coreRun needs node --expose-gc');
  gc();
}

/** The process's highest resident memory since the last `resetPeakRss`, as the Linux kernel keeps it (VmHWM). */
function peakRss(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kib === undefined) throw new Error('coreRun reads the peak memory from /proc/self/status (Linux)');
  return Number(kib) * 1024;
}

/**
 * Starts the kernel's peak-memory mark afresh at the current resident memory. Exact, and free: sampling RSS
 * every 2 ms from a second thread missed short peaks and took the second core from V8's compiler and
 * garbage-collector threads, slowing the very check it measured.
 */
function resetPeakRss(): void {
  writeFileSync('/proc/self/clear_refs', '5');
}

function measure(size: number): CoreFigures {
  const grid = rosterGrid(size);
  collectGarbage();
  const gridRssBytes = process.memoryUsage.rss();
  resetPeakRss();

  const cpu = process.cpuUsage();
  const started = performance.now();
  const { report, rows } = checkGrid(grid, { asOf: benchAsOf });
  const checked = performance.now();
  const checkCpu = process.cpuUsage(cpu);
  const pool = poolSheets([{ file: 'bench.xlsx', sheet: report.sheet, rows }]);
  const summary = buildRosterSummary({ rows: pool.rows, asOf: benchAsOf, sources: pool.sources, duplicates: pool.duplicates });
  const summarized = performance.now();
  const peakRssBytes = peakRss();
  if (summary.headline['members']?.count !== rows.length) throw new Error('the summary does not count every row');

  return { rows: rows.length, issues: report.issues.length, checkMs: checked - started, checkCpuMs: (checkCpu.user + checkCpu.system) / 1000, summarizeMs: summarized - checked, gridRssBytes, peakRssBytes };
}

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error(`coreRun needs a row count, got "${process.argv[2] ?? ''}"`);
process.stdout.write(`${JSON.stringify(measure(size))}\n`);
