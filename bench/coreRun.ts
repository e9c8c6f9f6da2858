import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
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

/**
 * Samples the process's resident memory every 2 ms from a thread of its own, which keeps sampling while
 * the main thread is busy in the synchronous check.
 */
async function startRssSampler(): Promise<() => Promise<number>> {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 2);
     parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  await once(worker, 'online');
  return async () => {
    worker.postMessage('stop');
    const [peak] = (await once(worker, 'message')) as [number];
    await worker.terminate();
    return peak;
  };
}

async function measure(size: number): Promise<CoreFigures> {
  const grid = rosterGrid(size);
  const stopSampler = await startRssSampler();
  collectGarbage();
  const gridRssBytes = process.memoryUsage.rss();

  const cpu = process.cpuUsage();
  const started = performance.now();
  const { report, rows } = checkGrid(grid, { asOf: benchAsOf });
  const checked = performance.now();
  const checkCpu = process.cpuUsage(cpu);
  const pool = poolSheets([{ file: 'bench.xlsx', sheet: report.sheet, rows }]);
  const summary = buildRosterSummary({ rows: pool.rows, asOf: benchAsOf, sources: pool.sources, duplicates: pool.duplicates });
  const summarized = performance.now();
  const peakRssBytes = Math.max(await stopSampler(), process.memoryUsage.rss());
  if (summary.headline['members']?.count !== rows.length) throw new Error('the summary does not count every row');

  return { rows: rows.length, issues: report.issues.length, checkMs: checked - started, checkCpuMs: (checkCpu.user + checkCpu.system) / 1000, summarizeMs: summarized - checked, gridRssBytes, peakRssBytes };
}

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error(`coreRun needs a row count, got "${process.argv[2] ?? ''}"`);
void measure(size).then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`));
