import { changeLogEntries, changeLogRow, columnNumber, fixedExcelValue, formatLogTime, type CellFix, type CellValue } from '@taizhang/core';
import type { FixesApplied, FixSkipReason } from '../host/FixOutcome';
import { isWorkbookError, workbookError } from '../host/WorkbookError';
import type { ApplyFixesOptions } from '../host/WorkbookHost';
import { cellRuns, queueCellReads, queueCellWrites, runBatches, type CellRead, type CellState, type CellWrite } from './cellStates';
import { findChangeLog, queueLogRows, type LogPlace } from './changeLogSheet';
import type { ExcelRun } from './ExcelRun';
import { fixUndoXml, readUndoRecords, type FixUndoRecord, type StoredUndo } from './fixUndoRecord';
import { isDateFormat } from './isDateFormat';
import { keepsAsText } from './keepsAsText';
import { officeErrorCode } from './officeErrorCode';
import { toCellValue } from './toCellValue';


/** Undo records kept in the workbook; applying more drops the oldest. */
const keptUndoRecords = 10;
/** Rows of a column read to learn the format its dates are shown in. */
const dateFormatSample = 2000;
const defaultDateFormat = 'yyyy-mm-dd';

interface Planned {
  readonly fix: CellFix;
  readonly row: number;
  readonly column: string;
  readonly before: CellState;
  readonly after: CellState;
}

function sameCell(current: CellValue, before: CellValue | undefined): boolean {
  return before === undefined || current === before;
}

/** The most common date format among a column's numbers, so a converted date looks like its neighbours. */
function columnDateFormat(sample: Excel.Range): string | undefined {
  const counts = new Map<string, number>();
  sample.numberFormat.forEach((line, index) => {
    const format: unknown = line[0];
    if (typeof format === 'string' && typeof sample.values[index]?.[0] === 'number' && isDateFormat(format)) counts.set(format, (counts.get(format) ?? 0) + 1);
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function afterState(fix: CellFix, before: CellState, columnFormat: string | undefined): CellState {
  const value = fixedExcelValue(fix);
  switch (fix.kind) {
    case 'text':
      return { value, format: keepsAsText(fix.after) ? before.format : '@' };
    case 'number':
      return { value, format: before.format === '@' ? 'General' : before.format };
    case 'date':
      return { value, format: isDateFormat(before.format) ? before.format : (columnFormat ?? defaultDateFormat) };
  }
}

function writesOf(planned: readonly Planned[], state: (item: Planned) => CellState): CellWrite[] {
  return planned.map((item) => ({ row: item.row, column: item.column, state: state(item) }));
}

function newToken(time: Date): string {
  return `${time.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

interface Written {
  readonly sheetId: string;
  readonly planned: readonly Planned[];
  readonly sheetIds: ReadonlySet<string>;
  readonly log: LogPlace;
  readonly logRows: number;
  readonly token: string;
  readonly pruned: readonly StoredUndo[];
}

/**
 * Puts everything back after a failed write: each cell's value and format, the log's new rows or new
 * sheet gone, this record's part gone and the pruned ones back. It reads the state afresh, since a
 * failed batch may have run in part.
 */
async function rollback(context: Excel.RequestContext, written: Written): Promise<void> {
  const sheets = context.workbook.worksheets.load('items/id,items/name');
  const records = await readUndoRecords(context);
  const sheet = sheets.getItem(written.sheetId);
  for (const batch of runBatches(cellRuns(writesOf(written.planned, (item) => item.before)))) {
    queueCellWrites(sheet, batch);
    await context.sync();
  }
  const log = sheets.items.find((item) => item.name.toLowerCase() === written.log.name.toLowerCase());
  if (log !== undefined && written.log.created && !written.sheetIds.has(log.id)) log.delete();
  if (log !== undefined && !written.log.created) log.getRange(`${written.log.firstRow}:${written.log.firstRow + written.logRows - 1}`).delete('Up');
  for (const { part, record } of records) if (record.token === written.token) part.delete();
  const left = new Set(records.map(({ record }) => record.token));
  for (const { record } of written.pruned) if (!left.has(record.token)) context.workbook.customXmlParts.add(fixUndoXml(record));
  await context.sync();
}

/**
 * Writes the fixes of one sheet, appends their rows to the 修改记录 sheet and keeps an undo record in the
 * workbook, all or nothing. First it reads each cell (value, number format, formula): a cell holding a
 * formula, or no longer what was checked, is left alone. Then one batch writes the cells run by run, the
 * log and the record (more batches only for fixes too many for one request); any failure puts back what
 * was written. Text Excel would read as a number or date (IDs) gets the text format `@`; a text date
 * made a real date gets its own date format, else its column's, else yyyy-mm-dd.
 */
export async function applyFixes(run: ExcelRun, fixes: readonly CellFix[], options: ApplyFixesOptions): Promise<FixesApplied> {
  const [first] = fixes;
  if (first === undefined) return { applied: 0, skipped: [], logSheet: undefined };
  if (fixes.some((fix) => fix.sheet !== first.sheet)) throw new RangeError('applyFixes: the fixes of one sheet at a time');
  const cells = fixes.map((fix) => ({ fix, row: fix.row, column: fix.column }));
  try {
    return await run(async (context) => {
      const workbook = context.workbook.load('readOnly');
      workbook.protection.load('protected');
      const sheets = workbook.worksheets.load('items/id,items/name');
      const sheet = sheets.getItem(first.sheet).load('id');
      sheet.protection.load('protected');
      const dateColumns = [...new Set(fixes.filter((fix) => fix.kind === 'date').map((fix) => fix.column))];
      const rows = options.dataRows ?? [Math.min(...fixes.map((fix) => fix.row)), Math.max(...fixes.map((fix) => fix.row))];
      const lastSampleRow = Math.min(rows[1], rows[0] + dateFormatSample - 1);
      const samples = new Map(dateColumns.map((column) => [column, sheet.getRange(`${column}${rows[0]}:${column}${lastSampleRow}`).load('values,numberFormat')]));
      const found = new Map<(typeof cells)[number], CellRead>();
      // The first batch of cells is read with the rest; a batch per request after that.
      for (const batch of runBatches(cellRuns(cells))) {
        const read = queueCellReads(sheet, batch);
        await context.sync();
        for (const [cell, content] of read()) found.set(cell, content);
      }
      // Refused before anything changes: Excel would refuse the writes part-way, and the undo as well.
      if (workbook.readOnly) throw workbookError('readOnly');
      if (sheet.protection.protected) throw workbookError('fixProtected');
      const [log, existing] = [await findChangeLog(context, sheets.items.map((item) => item.name)), await readUndoRecords(context)];
      if (log.created && workbook.protection.protected) throw workbookError('fixProtected');

      const planned: Planned[] = [];
      const skipped: { cell: string; reason: FixSkipReason }[] = [];
      for (const cell of cells) {
        const content = found.get(cell);
        if (content === undefined) continue;
        const reason: FixSkipReason | undefined = content.formula ? 'formula' : sameCell(toCellValue(content.state.value, false), cell.fix.before) ? undefined : 'changed';
        if (reason !== undefined) skipped.push({ cell: `${cell.column}${cell.row}`, reason });
        else {
          const sample = samples.get(cell.column);
          planned.push({ ...cell, before: content.state, after: afterState(cell.fix, content.state, sample === undefined ? undefined : columnDateFormat(sample)) });
        }
      }
      if (planned.length === 0) return { applied: 0, skipped, logSheet: undefined };
      planned.sort((a, b) => a.row - b.row || columnNumber(a.column) - columnNumber(b.column));

      const logRows = changeLogEntries(
        planned.map((item) => item.fix),
        options.time,
      ).map((entry) => changeLogRow(entry, 'zh-CN'));
      const record: FixUndoRecord = {
        version: 1,
        token: newToken(options.time),
        appliedAt: options.time.getTime(),
        time: formatLogTime(options.time),
        sheetId: sheet.id,
        sheet: first.sheet,
        cells: planned.map((item) => ({ cell: `${item.column}${item.row}`, before: item.before, after: item.after })),
        log: { sheet: log.name, created: log.created, rows: logRows },
      };
      const pruned = existing.slice(0, Math.max(0, existing.length + 1 - keptUndoRecords));
      const written: Written = { sheetId: sheet.id, planned, sheetIds: new Set(sheets.items.map((item) => item.id)), log, logRows: logRows.length, token: record.token, pruned };
      try {
        const batches = runBatches(cellRuns(writesOf(planned, (item) => item.after)));
        for (const [index, batch] of batches.entries()) {
          queueCellWrites(sheet, batch);
          if (index < batches.length - 1) await context.sync();
        }
        queueLogRows(context, log, logRows);
        context.workbook.customXmlParts.add(fixUndoXml(record));
        for (const { part } of pruned) part.delete();
        await context.sync();
      } catch (error) {
        try {
          await rollback(context, written);
        } catch (rollbackError) {
          throw workbookError('fixRollbackFailed', rollbackError);
        }
        throw workbookError('fixFailed', error);
      }
      return { applied: planned.length, skipped, logSheet: log.name };
    });
  } catch (error) {
    if (isWorkbookError(error)) throw error;
    throw workbookError(officeErrorCode(error) === 'ItemNotFound' ? 'sheetMissing' : 'fixFailed', error);
  }
}
