import type { FixesUndone, UndoableFixes } from '../host/FixOutcome';
import { isWorkbookError, workbookError } from '../host/WorkbookError';
import { cellRuns, queueCellReads, queueCellWrites, runBatches, sameValue, type CellWrite } from './cellStates';
import { findLogRows } from './changeLogSheet';
import type { ExcelRun } from './ExcelRun';
import { readUndoRecords } from './fixUndoRecord';

function cellOf(address: string): { row: number; column: string } {
  const [, column = 'A', row = '1'] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
  return { row: Number(row), column };
}

/** The fixes undo would put back: the latest applied, by when. */
export async function lastFixes(run: ExcelRun): Promise<UndoableFixes | undefined> {
  try {
    return await run(async (context) => {
      const latest = (await readUndoRecords(context)).at(-1)?.record;
      return latest === undefined ? undefined : { time: latest.time, sheet: latest.sheet, cells: latest.cells.length };
    });
  } catch (error) {
    throw workbookError('undoFailed', error);
  }
}

/**
 * Undoes the latest applying of fixes from the record kept in the workbook, so it works after the pane
 * or the file was closed. A cell still holding the fixed value gets back its old value and number
 * format; a cell edited since is left alone. The fixes' rows are taken out of the 修改记录 sheet (and
 * the sheet deleted when applying made it and nothing else is left in it), so the workbook is as it was
 * before; rows edited since are left. The record goes last, in the same batch: if the batch fails part
 * way, undoing again finishes the job, as restored cells already hold their old content.
 */
export async function undoFixes(run: ExcelRun): Promise<FixesUndone> {
  try {
    return await run(async (context) => {
      const workbook = context.workbook.load('readOnly');
      const latest = (await readUndoRecords(context)).at(-1);
      if (latest === undefined) throw workbookError('nothingToUndo');
      if (workbook.readOnly) throw workbookError('readOnly');
      const { record, part } = latest;
      const sheets = context.workbook.worksheets;
      const byId = sheets.getItemOrNullObject(record.sheetId).load('id');
      const byName = sheets.getItemOrNullObject(record.sheet).load('id');
      const logSheet = record.log === null ? undefined : sheets.getItemOrNullObject(record.log.sheet).load('id');
      const logUsed = logSheet?.getUsedRangeOrNullObject(true).load('rowIndex,rowCount,values');
      await context.sync();

      const sheet = byId.isNullObject ? (byName.isNullObject ? undefined : byName) : byId;
      const cells = record.cells.map((entry) => ({ ...entry, ...cellOf(entry.cell) }));
      const restore: CellWrite[] = [];
      let kept = cells.length;
      if (sheet !== undefined) {
        kept = 0;
        for (const batch of runBatches(cellRuns(cells))) {
          const read = queueCellReads(sheet, batch);
          await context.sync();
          for (const [cell, { state }] of read()) {
            // A cell holding its old value again was restored by an undo that failed part-way, maybe
            // before its format was: it is written again, which changes nothing if it was.
            if (sameValue(state, cell.after) || sameValue(state, cell.before)) restore.push({ row: cell.row, column: cell.column, state: cell.before });
            else kept += 1;
          }
        }
        const batches = runBatches(cellRuns(restore));
        for (const [index, batch] of batches.entries()) {
          queueCellWrites(sheet, batch);
          if (index < batches.length - 1) await context.sync();
        }
      }

      let logRowsRemoved = false;
      if (record.log !== null && logSheet !== undefined && logUsed !== undefined && !logSheet.isNullObject && !logUsed.isNullObject) {
        const rows = findLogRows(logUsed, record.log.rows);
        if (rows !== undefined) {
          const onlyHeaderLeft = logUsed.rowIndex === 0 && logUsed.rowCount === record.log.rows.length + 1 && rows.first === 2;
          if (record.log.created && onlyHeaderLeft) logSheet.delete();
          else logSheet.getRange(`${rows.first}:${rows.last}`).delete('Up');
          logRowsRemoved = true;
        }
      }
      part.delete();
      await context.sync();
      return { restored: cells.length - kept, kept, logRowsRemoved };
    });
  } catch (error) {
    if (isWorkbookError(error)) throw error;
    throw workbookError('undoFailed', error);
  }
}
