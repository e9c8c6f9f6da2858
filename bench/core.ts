import type { CoreFigures } from './coreRun';
import { measureProcess, median } from './measureProcess';

export const coreSizes = [10_000, 100_000, 500_000] as const;
/** Cold runs of each size; the machine is shared, so one run can land on a busy moment. */
export const coreRuns = 3;

function isCoreFigures(value: unknown): value is CoreFigures {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'checkMs') === 'number';
}

/** The median of each time over the runs, and the highest peak memory (as for the CLI). */
function combine(runs: readonly CoreFigures[]): CoreFigures {
  const first = runs[0];
  if (first === undefined) throw new Error('no core run to combine');
  return {
    rows: first.rows,
    issues: first.issues,
    checkMs: median(runs.map((run) => run.checkMs)),
    checkCpuMs: median(runs.map((run) => run.checkCpuMs)),
    summarizeMs: median(runs.map((run) => run.summarizeMs)),
    gridRssBytes: median(runs.map((run) => run.gridRssBytes)),
    peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)),
  };
}

/** Checks and summarizes a generated roster of each size, `runs` times, each in a fresh Node with --expose-gc. */
export async function measureCore(bundle: string, cwd: string, sizes: readonly number[] = coreSizes, runs = coreRuns): Promise<CoreFigures[]> {
  const figures: CoreFigures[] = [];
  for (const size of sizes) {
    const sizeRuns: CoreFigures[] = [];
    for (let run = 0; run < runs; run += 1) {
      const measured = await measureProcess(process.execPath, ['--expose-gc', bundle, String(size)], cwd);
      const parsed: unknown = measured.exitCode === 0 ? JSON.parse(measured.stdout) : undefined;
      if (!isCoreFigures(parsed)) throw new Error(`core run of ${size} rows failed (exit ${measured.exitCode}): ${measured.stderr.trim()}`);
      sizeRuns.push(parsed);
    }
    figures.push(combine(sizeRuns));
  }
  return figures;
}
