import type { CellState } from './cellStates';
import { textOfXml, xmlOfText } from './xmlText';

/** The namespace of the custom XML parts holding what undo needs, one part per applying of fixes. */
export const fixUndoNamespace = 'urn:taizhang:fix-undo:1';
const root = 'fixUndo';

export interface UndoCell {
  /** `E5`. */
  readonly cell: string;
  readonly before: CellState;
  readonly after: CellState;
}

/** The rows appended to the change log, to take out again on undo. */
export interface UndoLog {
  readonly sheet: string;
  /** Whether applying made the log sheet, so undo may delete it once it holds only its header again. */
  readonly created: boolean;
  readonly rows: readonly (readonly string[])[];
}

/**
 * One applying of fixes, kept in the workbook so undo works after the pane (or the file) was closed:
 * each changed cell's value and number format before and after, and the change log's new rows.
 */
export interface FixUndoRecord {
  readonly version: 1;
  /** Tells this record's part from the others, to take it out again when applying fails. */
  readonly token: string;
  /** Milliseconds since 1970: the latest record is undone first. */
  readonly appliedAt: number;
  /** As the change log shows it. */
  readonly time: string;
  readonly sheetId: string;
  readonly sheet: string;
  readonly cells: readonly UndoCell[];
  readonly log: UndoLog | null;
}

export function fixUndoXml(record: FixUndoRecord): string {
  return xmlOfText(root, fixUndoNamespace, JSON.stringify(record));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isState(value: unknown): value is CellState {
  return isRecord(value) && ['string', 'number', 'boolean'].includes(typeof value.value) && typeof value.format === 'string';
}

function isUndoCell(value: unknown): value is UndoCell {
  return isRecord(value) && typeof value.cell === 'string' && /^[A-Z]{1,3}\d{1,7}$/.test(value.cell) && isState(value.before) && isState(value.after);
}

function isTextRows(value: unknown): value is readonly (readonly string[])[] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
}

function isLog(value: unknown): value is UndoLog | null {
  return value === null || (isRecord(value) && typeof value.sheet === 'string' && typeof value.created === 'boolean' && isTextRows(value.rows));
}

/** The record a part holds; undefined for a part damaged or written by a later version. */
export function fixUndoRecordOf(xml: string): FixUndoRecord | undefined {
  const text = textOfXml(xml, root);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1) return undefined;
  const { token, appliedAt, time, sheetId, sheet, cells, log } = value;
  if (typeof token !== 'string' || typeof appliedAt !== 'number' || typeof time !== 'string' || typeof sheetId !== 'string' || typeof sheet !== 'string') return undefined;
  if (!Array.isArray(cells) || !cells.every(isUndoCell) || !isLog(log)) return undefined;
  return { version: 1, token, appliedAt, time, sheetId, sheet, cells, log };
}

export interface StoredUndo {
  readonly part: Excel.CustomXmlPart;
  readonly record: FixUndoRecord;
}

/** Every undo record in the workbook, oldest first; two syncs. Damaged parts are left out. */
export async function readUndoRecords(context: Excel.RequestContext): Promise<StoredUndo[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(fixUndoNamespace).load('items/id');
  await context.sync();
  const xmls = parts.items.map((part) => ({ part, xml: part.getXml() }));
  if (xmls.length > 0) await context.sync();
  return xmls
    .flatMap(({ part, xml }) => {
      const record = fixUndoRecordOf(xml.value);
      return record === undefined ? [] : [{ part, record }];
    })
    .sort((a, b) => a.record.appliedAt - b.record.appliedAt);
}
