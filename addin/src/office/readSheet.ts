import type { CellValue } from '@taizhang/core';
import type { ReadOptions, SheetRead } from '../host/WorkbookHost';
import { workbookError } from '../host/WorkbookError';
import { jsonBytes, nextChunkRows, probeRows, readBudget, type ChunkBudget } from './chunkRows';
import { cellsOfAddress } from './cellsOfAddress';
import type { ExcelRun } from './ExcelRun';
import { officeErrorCode } from './officeErrorCode';
import { toCellValue } from './toCellValue';

export interface ReadSheetOptions extends ReadOptions {
  readonly budget?: ChunkBudget;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw workbookError('cancelled', signal.reason);
}

/**
 * Reads the active (or the named) sheet's used range (values only) in chunks of rows sized from the bytes per row seen
 * so far, so no response nears Excel on the web's 5 MB limit. One sync finds the range; each chunk is one
 * more sync, the first also bringing the addresses of the error cells.
 */
export async function readSheet(run: ExcelRun, options: ReadSheetOptions = {}): Promise<SheetRead> {
  const budget = options.budget ?? readBudget;
  try {
    return await run(async (context) => {
      const workbook = context.workbook;
      workbook.load('name');
      const sheet = options.sheet === undefined ? workbook.worksheets.getActiveWorksheet() : workbook.worksheets.getItem(options.sheet);
      sheet.load('name');
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (used.isNullObject) return { workbookName: workbook.name, grid: { sheet: sheet.name, origin: { row: 1, column: 1 }, values: [] } };

      const origin = { row: used.rowIndex + 1, column: used.columnIndex + 1 };
      const { rowCount, columnCount } = used;
      // Error values come back from `values` as text (#N/A); special cells say which cells really hold one.
      const errorAreas = [used.getSpecialCellsOrNullObject('Constants', 'Errors'), used.getSpecialCellsOrNullObject('Formulas', 'Errors')];
      for (const areas of errorAreas) areas.load('address');

      const values: CellValue[][] = [];
      let errorCells: ReadonlySet<string> | undefined;
      let rows = probeRows(columnCount, budget);
      let bytesPerRow = 0;
      while (values.length < rowCount) {
        throwIfCancelled(options.signal);
        const count = Math.min(rows, rowCount - values.length);
        const chunk = sheet.getRangeByIndexes(used.rowIndex + values.length, used.columnIndex, count, columnCount);
        chunk.load('values');
        try {
          await context.sync();
        } catch (error) {
          if (officeErrorCode(error) !== 'ResponsePayloadSizeLimitExceeded') throw error;
          if (count === 1) throw workbookError('cellTooLarge', error);
          rows = Math.ceil(count / 2);
          continue;
        }
        errorCells ??= new Set(errorAreas.flatMap((areas) => (areas.isNullObject ? [] : cellsOfAddress(areas.address).map((cell) => `${cell.row},${cell.column}`))));
        const firstRow = origin.row + values.length;
        chunk.values.forEach((line, r) => {
          values.push(line.map((value, c) => toCellValue(value, errorCells?.has(`${firstRow + r},${origin.column + c}`) === true)));
        });
        bytesPerRow = Math.max(bytesPerRow, jsonBytes(chunk.values) / count);
        rows = nextChunkRows(bytesPerRow, columnCount, budget);
        options.onProgress?.({ rowsRead: values.length, totalRows: rowCount });
      }
      return { workbookName: workbook.name, grid: { sheet: sheet.name, origin, values } };
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'WorkbookError') throw error;
    throw workbookError(options.sheet !== undefined && officeErrorCode(error) === 'ItemNotFound' ? 'sheetMissing' : 'readFailed', error);
  }
}
