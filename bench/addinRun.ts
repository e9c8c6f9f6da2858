import { buildRosterSummary, checkGrid, poolSheets, toExcelSerial, type CellValue } from '@taizhang/core';
import { markIssues } from '../addin/src/office/markIssues';
import { readSheet } from '../addin/src/office/readSheet';
import { writeSummary } from '../addin/src/office/writeSummary';
import { createFakeExcel, type FakeExcel } from '../tests/fake-office/fakeExcel';
import type { SeedCell } from '../tests/fake-office/workbook';
import { benchAsOf, benchSheet, rosterGrid } from './roster';

/**
 * The add-in's Office adapter on the fake Excel host (tests/fake-office), which counts every
 * `context.sync()` and the bytes of its JSON request and response: prints one JSON line of AddinFigures.
 */

export interface SyncFigures {
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly ms: number;
}

export interface AddinFigures {
  readonly rows: number;
  /** Row chunks readSheet fetched, each one sync. */
  readonly readChunks: number;
  readonly read: SyncFigures;
  readonly markedIssues: number;
  readonly mark: SyncFigures;
  readonly summary: SyncFigures;
}

export const addinRows = 100_000;
export const markedIssueCount = 10_000;

/** A cell as Office.js holds it: dates are serial numbers, as Excel stores them. */
function seedCell(cell: CellValue): SeedCell {
  if (cell instanceof Date) return toExcelSerial({ year: cell.getUTCFullYear(), month: cell.getUTCMonth() + 1, day: cell.getUTCDate() });
  if (cell !== null && typeof cell === 'object') return { error: cell.code };
  return cell;
}

async function measureSyncs(fake: FakeExcel, action: () => Promise<unknown>): Promise<SyncFigures> {
  fake.clearStats();
  const started = performance.now();
  await action();
  const ms = performance.now() - started;
  return {
    syncs: fake.syncs.length,
    largestRequestBytes: Math.max(0, ...fake.syncs.map((sync) => sync.requestBytes)),
    largestResponseBytes: Math.max(0, ...fake.syncs.map((sync) => sync.responseBytes)),
    ms,
  };
}

async function measure(): Promise<AddinFigures> {
  // A higher share of mistakes than the core runs use, so that checking gives 10,000 issues to mark.
  const grid = rosterGrid(addinRows, { mistakeRate: 0.12 });
  const fake = createFakeExcel({ name: '全市花名册.xlsx', sheets: [{ name: benchSheet, rows: grid.values.map((row) => row.map(seedCell)) }] });

  let readChunks = 0;
  let read: Awaited<ReturnType<typeof readSheet>> | undefined;
  const readFigures = await measureSyncs(fake, async () => {
    read = await readSheet(fake.run, { onProgress: () => (readChunks += 1) });
  });
  if (read === undefined) throw new Error('readSheet gave nothing');

  const { report, rows } = checkGrid(read.grid, { asOf: benchAsOf });
  const issues = report.issues.slice(0, markedIssueCount);
  if (issues.length < markedIssueCount) throw new Error(`only ${issues.length} issues to mark`);
  const mark = await measureSyncs(fake, () => markIssues(fake.run, read?.grid.sheet ?? benchSheet, issues));

  const pool = poolSheets([{ file: read.workbookName, sheet: report.sheet, rows }]);
  const summary = buildRosterSummary({ rows: pool.rows, asOf: benchAsOf, sources: pool.sources, duplicates: pool.duplicates });
  const summaryFigures = await measureSyncs(fake, () => writeSummary(fake.run, summary));

  return { rows: read.grid.values.length, readChunks, read: readFigures, markedIssues: issues.length, mark, summary: summaryFigures };
}

void measure().then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`));
