import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { measureAddin, measureTaskPane } from './addin';
import { benchDir, bundle, rootDir, tmpDir } from './bundle';
import { measureCli } from './cli';
import { measureCore } from './core';
import { describeMachine } from './machine';
import { canMeasurePeakMemory } from './measureProcess';
import { addinSection, cliSection, coreSection, header, targetSection } from './report';
import { writeRosterXlsx } from './writeRosterXlsx';

/**
 * `pnpm bench`: generates rosters into bench/tmp, measures the core, the CLI (beside LibreOffice) and
 * the add-in (adapter on the fake Excel host, task pane bundle), prints the tables with the targets and writes them into bench/results.md between its markers, leaving
 * the hand-written notes around them as they are.
 */

const cliRows = 100_000;
/** Bump when the generator changes, so a stale .xlsx in bench/tmp is not measured. */
const generatorVersion = 1;
const resultsFile = join(benchDir, 'results.md');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function rosterXlsx(rows: number): Promise<string> {
  const path = join(tmpDir, `roster-${rows}-v${generatorVersion}.xlsx`);
  if (existsSync(path)) return path;
  log(`writing ${relative(rootDir, path)} …`);
  const partial = `${path}.partial`;
  await writeRosterXlsx(partial, rows);
  renameSync(partial, path);
  return path;
}

function writeResults(section: readonly string[]): void {
  const block = [start, ...section, end].join('\n');
  const existing = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : `# Benchmarks\n\n${start}\n${end}\n`;
  const from = existing.indexOf(start);
  const to = existing.indexOf(end);
  const next = from >= 0 && to > from ? existing.slice(0, from) + block + existing.slice(to + end.length) : `${existing.trimEnd()}\n\n${block}\n`;
  writeFileSync(resultsFile, next);
}

async function main(): Promise<void> {
  mkdirSync(tmpDir, { recursive: true });
  const machine = describeMachine();
  log(`load average ${machine.load.toFixed(2)}${machine.load > 0.5 ? ' (other work is running: times will be slower)' : ''}`);
  if (!canMeasurePeakMemory) log('GNU time not found (apt-get install -y time): CLI and LibreOffice peak memory will read n/a');

  log('bundling …');
  const coreBundle = await bundle(join(benchDir, 'coreRun.ts'), 'core-run');
  const cliBundle = await bundle(join(rootDir, 'packages/cli/src/main.ts'), 'taizhang', join(rootDir, 'packages/cli/tsconfig.json'));

  log('core: 10k, 100k, 500k rows …');
  const core = await measureCore(coreBundle, rootDir);

  const xlsx = await rosterXlsx(cliRows);
  log(`CLI and LibreOffice on ${relative(rootDir, xlsx)} …`);
  const cli = await measureCli(cliBundle, xlsx, tmpDir);

  log('add-in adapter on the fake Excel host, task pane bundle …');
  const addin = await measureAddin(await bundle(join(benchDir, 'addinRun.ts'), 'addin-run'), rootDir);
  const taskPane = measureTaskPane(rootDir, join(tmpDir, 'addin-dist'));

  const section = [
    ...header(machine, loadavg()[0] ?? 0, new Date()),
    '',
    ...targetSection(core, cli, addin, taskPane),
    '',
    ...coreSection(core),
    '',
    ...cliSection(cli, cliRows),
    '',
    ...addinSection(addin, taskPane),
  ];
  process.stdout.write(`${section.join('\n')}\n`);
  writeResults(section);
  log(`written to ${relative(process.cwd(), resultsFile)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
