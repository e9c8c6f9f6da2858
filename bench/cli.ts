import { spawnSync } from 'node:child_process';
import { formatDate } from '@taizhang/core';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { benchAsOf } from './roster';
import { measureProcess, median, type ProcessFigures } from './measureProcess';

export interface CommandFigures {
  readonly label: string;
  /** Median of the runs. */
  readonly wallMs: number;
  /** Highest of the runs. */
  readonly peakRssBytes: number | undefined;
  readonly runs: number;
}

export interface CliFigures {
  readonly check: CommandFigures;
  readonly summarize: CommandFigures;
  /** LibreOffice converting the same file to CSV; a reason instead when it could not run. */
  readonly libreOffice: CommandFigures | string;
}

const asOf = formatDate(benchAsOf);

function summarizeRuns(label: string, runs: readonly ProcessFigures[]): CommandFigures {
  const peaks = runs.map((run) => run.peakRssBytes).filter((peak): peak is number => peak !== undefined);
  return { label, wallMs: median(runs.map((run) => run.wallMs)), peakRssBytes: peaks.length > 0 ? Math.max(...peaks) : undefined, runs: runs.length };
}

/** `taizhang` exits 1 when it found errors, as it must on this roster; 2 is a failure. */
async function runCli(cliBundle: string, args: readonly string[], cwd: string): Promise<ProcessFigures> {
  const run = await measureProcess(process.execPath, [cliBundle, ...args], cwd);
  if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`taizhang ${args.join(' ')} failed (exit ${run.exitCode}): ${run.stderr.trim()}`);
  return run;
}

function findSoffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0];
  return found.status === 0 && path ? path : undefined;
}

interface Converter {
  readonly convert: () => Promise<ProcessFigures>;
}

/**
 * LibreOffice's own conversion, the tool a user would otherwise reach for. It runs with a profile of its
 * own under bench/tmp (so it never meets a running office), once untimed to create that profile, as a
 * user's LibreOffice already has one. A reason instead when it cannot run.
 */
async function libreOfficeConverter(xlsx: string, tmpDir: string): Promise<Converter | string> {
  const soffice = findSoffice();
  if (soffice === undefined) return 'skipped: soffice not found (install libreoffice-calc to compare)';
  const outDir = join(tmpDir, 'libreoffice-out');
  mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${join(tmpDir, 'libreoffice-profile')}`,
    '--headless',
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76',
    '--outdir',
    outDir,
    xlsx,
  ];
  const convert = async () => {
    rmSync(join(outDir, basename(xlsx).replace(/\.xlsx$/, '.csv')), { force: true });
    return measureProcess(soffice, args, tmpDir);
  };
  const first = await convert();
  if (first.exitCode !== 0) return `skipped: soffice exited ${first.exitCode} (${first.stderr.trim().split('\n')[0] ?? ''})`;
  return { convert };
}

/** The CLI on the .xlsx (check; summarize, which reads and checks too) and LibreOffice on it, in turn. */
export async function measureCli(cliBundle: string, xlsx: string, tmpDir: string, runs = 3): Promise<CliFigures> {
  const converter = await libreOfficeConverter(xlsx, tmpDir);
  const check: ProcessFigures[] = [];
  const summarize: ProcessFigures[] = [];
  const converted: ProcessFigures[] = [];
  for (let run = 0; run < runs; run += 1) {
    check.push(await runCli(cliBundle, ['check', xlsx, '--json', '--as-of', asOf], tmpDir));
    summarize.push(await runCli(cliBundle, ['summarize', xlsx, '--json', '--as-of', asOf], tmpDir));
    if (typeof converter !== 'string') converted.push(await converter.convert());
  }
  return {
    check: summarizeRuns('taizhang check --json', check),
    summarize: summarizeRuns('taizhang summarize --json', summarize),
    libreOffice:
      typeof converter === 'string'
        ? converter
        : converted.some((run) => run.exitCode !== 0)
          ? 'skipped: a timed soffice run failed'
          : summarizeRuns('soffice --headless --convert-to csv', converted),
  };
}
