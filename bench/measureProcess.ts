import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface ProcessFigures {
  readonly exitCode: number | null;
  readonly wallMs: number;
  /** Highest resident memory of the process and the children it waited for; undefined when unmeasured. */
  readonly peakRssBytes: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
}

const gnuTime = '/usr/bin/time';

/** Whether peak memory of any command can be measured (GNU time; `apt-get install -y time`). */
export const canMeasurePeakMemory = existsSync(gnuTime);

/**
 * Runs a command to the end and measures its wall time and, through GNU time, its peak resident memory
 * (ru_maxrss, which covers the children it waited for: LibreOffice runs soffice.bin under a wrapper).
 */
export function measureProcess(command: string, args: readonly string[], cwd: string): Promise<ProcessFigures> {
  const [file, fileArgs] = canMeasurePeakMemory ? [gnuTime, ['-f', 'peak-rss-kb=%M', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, fileArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const errText = Buffer.concat(stderr).toString('utf8');
      const peak = /peak-rss-kb=(\d+)\s*$/.exec(errText);
      resolve({
        exitCode,
        wallMs,
        peakRssBytes: peak?.[1] === undefined ? undefined : Number(peak[1]) * 1024,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: peak ? errText.slice(0, peak.index) : errText,
      });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  if (value === undefined) throw new RangeError('median requires at least one value');
  return value;
}
