import { createReadStream } from 'node:fs';
import { stream } from 'exceljs';
import type { CellValue, Grid } from '@taizhang/core';
import { inputError } from '../CliError';
import { tapFormulaResults } from './formulaResults';
import { loadWorkbookValues } from './loadWorkbookValues';
import { rowValues } from './rowValues';
import { trimBlankEdges } from './trimBlankEdges';
import type { SheetValues, WorkbookValues } from './WorkbookValues';

export interface ReadOptions {
  /** The file as the user named it, for messages. */
  readonly display?: string;
  /** Called with the number of bytes read so far. */
  readonly onProgress?: (bytesRead: number) => void;
}

/**
 * Every worksheet of an .xlsx file as a Grid whose origin is A1, so issue rows and columns are the ones
 * Excel shows. Streams the file (ExcelJS WorkbookReader), so large rosters do not need the whole workbook
 * in memory, and only ever opens it for reading. A zip the streaming reader cannot follow is read whole
 * before it is called corrupt.
 */
export async function readWorkbookGrids(path: string, options: ReadOptions = {}): Promise<Grid[]> {
  const display = options.display ?? path;
  let workbook: WorkbookValues | undefined;
  try {
    workbook = await streamWorkbookValues(path, options.onProgress);
  } catch (streamError) {
    workbook = await loadWorkbookValues(path).catch(() => {
      throw inputError('corrupt', display, streamError);
    });
  }
  if (!workbook) throw inputError('notXlsx', display);
  // Worksheets arrive in zip order; the tabs' order is the workbook's.
  const order = new Map(workbook.sheetNames.map((name, index) => [name, index]));
  const sheets = [...workbook.sheets].sort((a, b) => (order.get(a.name) ?? order.size) - (order.get(b.name) ?? order.size));
  const dateSystem = workbook.date1904 ? 1904 : 1900;
  return sheets.map(({ name, values }) => ({ sheet: name, origin: { row: 1, column: 1 }, values, dateSystem }));
}

/** The workbook's values by ExcelJS's streaming reader; undefined when the zip has no xl/workbook.xml. */
async function streamWorkbookValues(path: string, onProgress?: (bytesRead: number) => void): Promise<WorkbookValues | undefined> {
  const input = createReadStream(path, { flags: 'r' });
  if (onProgress) {
    let bytesRead = 0;
    input.on('data', (chunk) => {
      bytesRead += chunk.length;
      onProgress(bytesRead);
    });
  }
  // ExcelJS pipes the file into its unzipper but never hears the unzipper's errors: a damaged entry
  // leaves its reading waiting forever. Listening on whatever the file is piped into turns that into
  // a rejection.
  const unzipFailed = new Promise<never>((_resolve, reject) => {
    const pipe = input.pipe.bind(input);
    input.pipe = <T extends NodeJS.WritableStream>(destination: T, pipeOptions?: { end?: boolean }): T => {
      destination.on('error', reject);
      return pipe(destination, pipeOptions);
    };
  });
  const reader = new stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  try {
    const sheets = await Promise.race([readSheets(reader), unzipFailed]);
    const info = workbookInfo(reader);
    return info && { sheets, ...info };
  } finally {
    input.destroy();
  }
}

async function readSheets(reader: InstanceType<typeof stream.xlsx.WorkbookReader>): Promise<SheetValues[]> {
  const sheets: SheetValues[] = [];
  for await (const worksheet of reader) {
    // ExcelJS converted this sheet's date cells with the date system it had read by now.
    const date1904 = workbookInfo(reader)?.date1904 ?? false;
    const formulas = new Map<string, CellValue>();
    const source: unknown = Reflect.get(worksheet, 'iterator');
    if (isAsyncIterable(source)) Reflect.set(worksheet, 'iterator', tapFormulaResults(source, formulas));
    const rows: CellValue[][] = [];
    for await (const row of worksheet) rows[row.number - 1] = rowValues(row, date1904, formulas);
    sheets.push({ name: stringProperty(worksheet, 'name') ?? `Sheet${sheets.length + 1}`, values: trimBlankEdges(rows) });
  }
  return sheets;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

interface WorkbookInfo {
  readonly sheetNames: readonly string[];
  readonly date1904: boolean;
}

/**
 * What ExcelJS learnt from xl/workbook.xml. Its typings do not declare these fields, so they are read
 * as unknown and checked; no workbook.xml means the zip is not a workbook (a renamed .docx, say).
 */
function workbookInfo(reader: object): WorkbookInfo | undefined {
  const model: unknown = Reflect.get(reader, 'model');
  if (typeof model !== 'object' || model === null) return undefined;
  const sheets: unknown = Reflect.get(model, 'sheets');
  const sheetNames = Array.isArray(sheets)
    ? sheets.flatMap((sheet: unknown) => {
        const name = typeof sheet === 'object' && sheet !== null ? stringProperty(sheet, 'name') : undefined;
        return name === undefined ? [] : [name];
      })
    : [];
  const properties: unknown = Reflect.get(reader, 'properties');
  const propertiesModel: unknown =
    typeof properties === 'object' && properties !== null ? Reflect.get(properties, 'model') : undefined;
  const date1904 =
    typeof propertiesModel === 'object' && propertiesModel !== null && Reflect.get(propertiesModel, 'date1904') === true;
  return { sheetNames, date1904 };
}

function stringProperty(target: object, key: string): string | undefined {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'string' ? value : undefined;
}
