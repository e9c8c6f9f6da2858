import type { CoreFigures } from './coreRun';
import { measureProcess } from './measureProcess';

export const coreSizes = [10_000, 100_000, 500_000] as const;

function isCoreFigures(value: unknown): value is CoreFigures {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'checkMs') === 'number';
}

/** Checks and summarizes a generated roster of each size, each in a fresh Node with --expose-gc. */
export async function measureCore(bundle: string, cwd: string, sizes: readonly number[] = coreSizes): Promise<CoreFigures[]> {
  const figures: CoreFigures[] = [];
  for (const size of sizes) {
    const run = await measureProcess(process.execPath, ['--expose-gc', bundle, String(size)], cwd);
    const parsed: unknown = run.exitCode === 0 ? JSON.parse(run.stdout) : undefined;
    if (!isCoreFigures(parsed)) throw new Error(`core run of ${size} rows failed (exit ${run.exitCode}): ${run.stderr.trim()}`);
    figures.push(parsed);
  }
  return figures;
}
