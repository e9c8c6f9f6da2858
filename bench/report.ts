import type { CliFigures, CommandFigures } from './cli';
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
    thousands(f.rows / (f.checkMs / 1000)),
    seconds(f.summarizeMs),
    mib(f.gridRssBytes),
    mib(f.peakRssBytes),
    `${Math.round(f.peakRssBytes / f.rows)} B`,
  ]);
  const lines = [
    '### Core: checkGrid and buildRosterSummary on in-memory grids',
    '',
    'Each size in a fresh `node --expose-gc` running the esbuild bundle (as the CLI ships). Check = `checkGrid`;',
    'summarize = `poolSheets` + `buildRosterSummary`, as `taizhang summarize` does. Grid RSS is the process once',
    'the generated 14-column grid is built; peak RSS is the whole process (grid, check, summary).',
    '',
    ...table(['Rows', 'Issues', 'Check', 'Rows/s', 'Summarize', 'Grid RSS', 'Peak RSS', 'Peak / row'], rows),
  ];
  const small = figures[0];
  const large = figures[figures.length - 1];
  if (small && large && large !== small) {
    const rowsGrowth = large.rows / small.rows;
    lines.push(
      '',
      `Growth ${thousands(small.rows)} → ${thousands(large.rows)} rows (×${rowsGrowth}): check time ×${(large.checkMs / small.checkMs).toFixed(1)}, ` +
        `summarize ×${(large.summarizeMs / small.summarizeMs).toFixed(1)}, peak RSS ×${(large.peakRssBytes / small.peakRssBytes).toFixed(1)} ` +
        `(peak above the ~${mib(small.peakRssBytes)} a small run needs: ×${((large.peakRssBytes - small.gridRssBytes) / Math.max(1, small.peakRssBytes - small.gridRssBytes)).toFixed(1)}).`,
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

export function targetSection(core: readonly CoreFigures[], cli: CliFigures | undefined): string[] {
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
  return ['### Targets', '', ...table(['What', 'Target', 'Measured', ''], rows)];
}

export function header(machine: Machine, endLoad: number, date: Date): string[] {
  return [
    `Measured ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`pnpm bench\` on ${machineLine(machine)}, ${endLoad.toFixed(2)} at the end.`,
    'A load average above ~0.5 means other work shared the cores and the times are slower than the machine can do.',
  ];
}
