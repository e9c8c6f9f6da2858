import { changeLogColumns, changeLogSheetName, columnLetter } from '@taizhang/core';

const header = changeLogColumns['zh-CN'];
const lastColumn = columnLetter(header.length);

/** Where the change log's new rows go. */
export interface LogPlace {
  readonly name: string;
  /** The sheet does not exist yet and is made with the rows. */
  readonly created: boolean;
  /** Excel row number of the first new row. */
  readonly firstRow: number;
}

function candidateName(index: number): string {
  return index === 1 ? changeLogSheetName : `${changeLogSheetName}${index}`;
}

/**
 * The 修改记录 sheet of an earlier fix, its rows appended after its last filled row; or, when there is
 * none, a new one (under 修改记录2 … when a sheet of that name is not a change log). One sync.
 */
export async function findChangeLog(context: Excel.RequestContext, sheetNames: readonly string[]): Promise<LogPlace> {
  const taken = new Set(sheetNames.map((name) => name.toLowerCase()));
  const existing: { name: string; head: Excel.Range; used: Excel.Range }[] = [];
  let free = 1;
  while (taken.has(candidateName(free).toLowerCase())) {
    const sheet = context.workbook.worksheets.getItem(candidateName(free));
    existing.push({
      name: candidateName(free),
      head: sheet.getRange(`A1:${lastColumn}1`).load('values'),
      used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount'),
    });
    free += 1;
  }
  if (existing.length > 0) await context.sync();
  const log = existing.find(({ head }) => header.every((text, index) => head.values[0]?.[index] === text));
  if (log === undefined) return { name: candidateName(free), created: true, firstRow: 2 };
  return { name: log.name, created: false, firstRow: log.used.isNullObject ? 2 : log.used.rowIndex + log.used.rowCount + 1 };
}

/** Queues the rows onto the log, making the sheet first if needed; cells are text so IDs and dates show as written. */
export function queueLogRows(context: Excel.RequestContext, place: LogPlace, rows: readonly (readonly string[])[]): void {
  if (rows.length === 0) return;
  const sheets = context.workbook.worksheets;
  const sheet = place.created ? sheets.add(place.name) : sheets.getItem(place.name);
  if (place.created) {
    const head = sheet.getRange(`A1:${lastColumn}1`);
    head.numberFormat = [header.map(() => '@')];
    head.values = [[...header]];
    head.format.font.bold = true;
  }
  const body = sheet.getRange(`A${place.firstRow}:${lastColumn}${place.firstRow + rows.length - 1}`);
  body.numberFormat = rows.map((row) => row.map(() => '@'));
  body.values = rows.map((row) => [...row]);
  if (place.created) sheet.getRange(`A:${lastColumn}`).format.autofitColumns();
}

/** The rows of `rows` in the log's used values, as Excel row numbers; undefined when they are not there as written. */
export function findLogRows(used: { readonly rowIndex: number; readonly values: readonly (readonly unknown[])[] }, rows: readonly (readonly string[])[]): { readonly first: number; readonly last: number } | undefined {
  const matches = (at: number) => rows.every((row, offset) => row.every((text, column) => String(used.values[at + offset]?.[column] ?? '') === text));
  for (let at = used.values.length - rows.length; at >= 0; at -= 1) {
    if (matches(at)) return { first: used.rowIndex + at + 1, last: used.rowIndex + at + rows.length };
  }
  return undefined;
}
