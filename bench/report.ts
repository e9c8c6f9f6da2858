import type { BundleFigures } from './addin';
import type { AddinFigures, SyncFigures } from './addinRun';
import type { CliFigures, CommandFigures } from './cli';
import { coreRuns } from './core';
import type { CoreFigures } from './coreRun';
import { machineLine, type Machine } from './machine';

/** The issue's targets (issue 7). */
export const targets = {
  coreRowsPerSecond: 250_000,
  largestRows: 500_000,
  largestSeconds: 5,
  largestPeakMiB: 500,
  cliRatio: 1,
  cliPeakMiB: 400,
  payloadMiB: 4,
  readExtraSyncs: 3,
  markSyncs: 10,
  summarySyncs: 5,
  taskPaneGzipKiB: 400,
} as const;

const MiB = 2 ** 20;

function mib(bytes: number | undefined): string {
  return bytes === undefined ? 'n/a' : `${Math.round(bytes / MiB)} MiB`;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function thousands(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function verdict(met: boolean): string {
  return met ? 'met' : '**missed**';
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

export function coreSection(figures: readonly CoreFigures[]): string[] {
  const rows = figures.map((f) => [
    thousands(f.rows),
    thousands(f.issues),
    seconds(f.checkMs),
    seconds(f.checkCpuMs),
    thousands(f.rows / (f.checkMs / 1000)),
    `${((f.checkMs * 1000) / f.rows).toFixed(1)} µs`,
    seconds(f.summarizeMs),
    mib(f.gridRssBytes),
    mib(f.peakRssBytes),
    `${Math.round((f.peakRssBytes - f.gridRssBytes) / f.rows)} B`,
  ]);
  const lines = [
    '### Core: checkGrid and buildRosterSummary on in-memory grids',
    '',
    `Each size ${coreRuns} times, each in a fresh \`node --expose-gc\` running the esbuild bundle (as the CLI ships), timed`,
    'cold, as a user meets it; times are the median of the runs, peak RSS the highest. Check = `checkGrid` (wall',
    'time, and CPU time of all threads, GC helpers included); summarize = `poolSheets` + `buildRosterSummary`,',
    'as `taizhang summarize` does. Grid RSS is the process once the generated',
    '14-column grid is built and garbage collected; peak RSS is the kernel\'s high-water mark of resident memory',
    '(VmHWM, reset once the grid is built) while checking and summarizing; the last column is what check and',
    'summary add per row at that peak.',
    '',
    ...table(['Rows', 'Issues', 'Check', 'Check CPU', 'Rows/s', 'Per row', 'Summarize', 'Grid RSS', 'Peak RSS', 'Added / row'], rows),
  ];
  const small = figures.find((f) => f.rows === 100_000) ?? figures[0];
  const large = figures[figures.length - 1];
  if (small && large && large !== small) {
    const factor = large.rows / small.rows;
    lines.push(
      '',
      `Growth ${thousands(small.rows)} → ${thousands(large.rows)} rows (×${factor}): check ×${(large.checkMs / small.checkMs).toFixed(1)}, ` +
        `summarize ×${(large.summarizeMs / small.summarizeMs).toFixed(1)}, memory added by check and summary ` +
        `×${((large.peakRssBytes - large.gridRssBytes) / Math.max(1, small.peakRssBytes - small.gridRssBytes)).toFixed(1)}. ` +
        'The 10,000-row run is mostly JIT warm-up (its per-row time is the highest).',
    );
  }
  return lines;
}

function commandRow(figures: CommandFigures, reference: CommandFigures | string): string[] {
  const ratio = typeof reference === 'string' ? 'n/a' : (figures.wallMs / reference.wallMs).toFixed(2);
  return [`\`${figures.label}\``, seconds(figures.wallMs), mib(figures.peakRssBytes), ratio, String(figures.runs)];
}

export function cliSection(figures: CliFigures, rows: number): string[] {
  const reference = figures.libreOffice;
  const rowsOut = [commandRow(figures.check, reference), commandRow(figures.summarize, reference)];
  if (typeof reference !== 'string') rowsOut.push([`\`${reference.label}\``, seconds(reference.wallMs), mib(reference.peakRssBytes), '1.00', String(reference.runs)]);
  return [
    `### CLI end to end on a ${thousands(rows)}-row .xlsx`,
    '',
    'The bundled CLI (esbuild, as `pnpm --filter @taizhang/cli build` makes it) in a child process; wall time is the',
    'median of the runs, peak RSS the highest (GNU time). LibreOffice converts the same file to CSV in the same run.',
    '',
    ...table(['Command', 'Wall', 'Peak RSS', 'Ratio to LibreOffice', 'Runs'], rowsOut),
    ...(typeof reference === 'string' ? ['', `LibreOffice reference ${reference}.`] : []),
  ];
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function syncRow(what: string, figures: SyncFigures): string[] {
  return [what, String(figures.syncs), kib(figures.largestRequestBytes), kib(figures.largestResponseBytes), seconds(figures.ms)];
}

export function addinSection(addin: AddinFigures | string, taskPane: BundleFigures | string): string[] {
  const lines = [
    '### Add-in',
    '',
    'The Office adapter (addin/src/office) on the fake Excel host (tests/fake-office), which serializes every',
    '`context.sync()` to JSON as Office.js does and records the request and response sizes.',
    '',
  ];
  if (typeof addin === 'string') lines.push(`Adapter bench ${addin}.`);
  else {
    lines.push(
      ...table(
        ['Step', 'Syncs', 'Largest request', 'Largest response', 'Time (fake host)'],
        [
          syncRow(`readSheet, ${thousands(addin.rows)} rows in ${addin.readChunks} chunks`, addin.read),
          syncRow(`markIssues, ${thousands(addin.markedIssues)} issues`, addin.mark),
          syncRow('writeSummary', addin.summary),
        ],
      ),
    );
  }
  lines.push('');
  if (typeof taskPane === 'string') lines.push(`Task pane bundle ${taskPane}.`);
  else {
    lines.push(
      'Task pane scripts loaded up front (taskpane.html\'s module script and modulepreloads, gzip -9):',
      '',
      ...table(['File', 'Size', 'Gzip'], [...taskPane.files.map((file) => [file.name, kib(file.bytes), kib(file.gzipBytes)]), ['total', '', kib(taskPane.gzipBytes)]]),
    );
  }
  return lines;
}

function addinTargets(addin: AddinFigures | string, taskPane: BundleFigures | string): string[][] {
  const rows: string[][] = [];
  if (typeof addin !== 'string') {
    const steps = [addin.read, addin.mark, addin.summary];
    const largest = Math.max(...steps.flatMap((step) => [step.largestRequestBytes, step.largestResponseBytes]));
    rows.push(['Add-in, largest request or response', `≤ ${targets.payloadMiB} MiB`, kib(largest), verdict(largest <= targets.payloadMiB * MiB)]);
    rows.push([`Add-in, read ${thousands(addin.rows)} rows`, `≤ chunks + ${targets.readExtraSyncs} = ${addin.readChunks + targets.readExtraSyncs} syncs`, String(addin.read.syncs), verdict(addin.read.syncs <= addin.readChunks + targets.readExtraSyncs)]);
    rows.push([`Add-in, mark ${thousands(addin.markedIssues)} issues`, `≤ ${targets.markSyncs} syncs`, String(addin.mark.syncs), verdict(addin.mark.syncs <= targets.markSyncs)]);
    rows.push(['Add-in, write the summary', `≤ ${targets.summarySyncs} syncs`, String(addin.summary.syncs), verdict(addin.summary.syncs <= targets.summarySyncs)]);
  }
  if (typeof taskPane !== 'string') {
    rows.push(['Task pane initial JS, gzip', `≤ ${targets.taskPaneGzipKiB} KiB`, kib(taskPane.gzipBytes), verdict(taskPane.gzipBytes <= targets.taskPaneGzipKiB * 1024)]);
  }
  return rows;
}

export function targetSection(core: readonly CoreFigures[], cli: CliFigures | undefined, addin: AddinFigures | string, taskPane: BundleFigures | string): string[] {
  const rows: string[][] = [];
  for (const f of core.filter((figure) => figure.rows >= 100_000)) {
    const rate = f.rows / (f.checkMs / 1000);
    rows.push([`Core check, ${thousands(f.rows)} rows`, `≥ ${thousands(targets.coreRowsPerSecond)} rows/s`, `${thousands(rate)} rows/s`, verdict(rate >= targets.coreRowsPerSecond)]);
  }
  const largest = core.find((f) => f.rows === targets.largestRows);
  if (largest) {
    const total = largest.checkMs + largest.summarizeMs;
    rows.push([`${thousands(largest.rows)} rows, check + summarize`, `≤ ${targets.largestSeconds} s`, seconds(total), verdict(total <= targets.largestSeconds * 1000)]);
    rows.push([`${thousands(largest.rows)} rows, peak RSS`, `≤ ${targets.largestPeakMiB} MiB`, mib(largest.peakRssBytes), verdict(largest.peakRssBytes <= targets.largestPeakMiB * MiB)]);
  }
  if (cli) {
    const reference = cli.libreOffice;
    const ratio = typeof reference === 'string' ? undefined : cli.check.wallMs / reference.wallMs;
    rows.push(['CLI check ÷ LibreOffice conversion', `≤ ${targets.cliRatio.toFixed(1)}`, ratio === undefined ? 'n/a' : ratio.toFixed(2), ratio === undefined ? 'not measured' : verdict(ratio <= targets.cliRatio)]);
    const peak = cli.check.peakRssBytes;
    rows.push(['CLI check, peak RSS', `≤ ${targets.cliPeakMiB} MiB`, mib(peak), peak === undefined ? 'not measured' : verdict(peak <= targets.cliPeakMiB * MiB)]);
  }
  rows.push(...addinTargets(addin, taskPane));
  return ['### Targets', '', ...table(['What', 'Target', 'Measured', ''], rows)];
}

export function header(machine: Machine, endLoad: number, date: Date): string[] {
  return [
    `Measured ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`pnpm bench\` on ${machineLine(machine)}, ${endLoad.toFixed(2)} at the end.`,
    'A load average above ~0.5 means other work shared the cores and the times are slower than the machine can do.',
  ];
}
