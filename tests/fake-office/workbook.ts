import { parseRect, rectAddress, type Rect } from './address';
import { namespaceOfXml } from './customXml';

/** What a cell holds: Excel gives empty cells as `''`. */
export type FakeValue = string | number | boolean;

/** A cell's own formatting; only what the add-in and its tests look at. */
export interface FakeCellFormat {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly fontSize?: number;
  readonly numberFormat?: string;
}

export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: 'Custom' | 'CellValue';
  areas: Rect[];
  formula: string;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface FakeTable {
  readonly id: string;
  name: string;
  readonly rect: Rect;
  style: string;
}

export interface FakeSeries {
  name: string;
  values: Rect | null;
  xValues: Rect | null;
}

export interface FakeChart {
  readonly id: string;
  name: string;
  readonly type: string;
  title: string;
  series: FakeSeries[];
  position: { readonly from: string; readonly to: string } | null;
  legend: { position: string; visible: boolean };
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheet {
  readonly id: string;
  name: string;
  visibility: Visibility;
  /** Sheet protection is on: cells, formats and conditional formats refuse changes (AccessDenied). */
  protected?: boolean;
  /** Rows of values, possibly shorter than the used width; missing cells are empty. */
  values: FakeValue[][];
  /** Cells holding an error value (`#N/A`), by `row,column`, and whether a formula or a typed constant made it. */
  errors: Map<string, 'constant' | 'formula'>;
  formats: Map<string, FakeCellFormat>;
  columnWidths: Map<number, number>;
  conditionalFormats: FakeConditionalFormat[];
  tables: FakeTable[];
  charts: FakeChart[];
}

/** A custom XML part (ExcelApi 1.5): data an add-in keeps inside the file. */
export interface FakeCustomXmlPart {
  readonly id: string;
  namespaceUri: string;
  xml: string;
}

export interface FakeWorkbook {
  name: string;
  sheets: FakeSheet[];
  activeSheetId: string;
  selection: { readonly sheetId: string; readonly rect: Rect };
  nextId: number;
  customXmlParts: FakeCustomXmlPart[];
  /** Opened read-only (`Workbook.readOnly`): every change is refused (AccessDenied). */
  readOnly?: boolean;
  /** Structure protection (`WorkbookProtection.protected`): sheets cannot be added, deleted, renamed, hidden or moved. */
  structureProtected?: boolean;
}

export type SeedCell = FakeValue | null | { readonly error: string; readonly formula?: boolean };

export interface SheetSeed {
  readonly name: string;
  /** Rows written from `origin` (A1 by default). */
  readonly rows?: readonly (readonly SeedCell[])[];
  readonly origin?: string;
  /** Own formatting by address (`C5`, `A1:C1`). */
  readonly formats?: Readonly<Record<string, FakeCellFormat>>;
  readonly conditionalFormats?: readonly { readonly address: string; readonly formula: string; readonly fill: string; readonly type?: 'Custom' | 'CellValue' }[];
  readonly visibility?: Visibility;
  readonly protected?: boolean;
}

export interface WorkbookSeed {
  readonly name?: string;
  readonly sheets: readonly SheetSeed[];
  /** Name of the active sheet; the first by default. */
  readonly active?: string;
  /** The XML of custom XML parts the file carries. */
  readonly customXmlParts?: readonly string[];
  readonly readOnly?: boolean;
  /** Structure protection of the workbook. */
  readonly protected?: boolean;
}

export const errorCodes: readonly string[] = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!'];

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function newId(workbook: FakeWorkbook, prefix: string): string {
  workbook.nextId += 1;
  return `${prefix}${workbook.nextId}`;
}

export function emptySheet(workbook: FakeWorkbook, name: string): FakeSheet {
  return {
    id: `{${newId(workbook, 'sheet-')}}`,
    name,
    visibility: 'Visible',
    values: [],
    errors: new Map(),
    formats: new Map(),
    columnWidths: new Map(),
    conditionalFormats: [],
    tables: [],
    charts: [],
  };
}

function mustRect(address: string): Rect {
  const rect = parseRect(address);
  if (rect === undefined) throw new Error(`fake-office seed: bad address ${address}`);
  return rect;
}

/** An id shaped like Excel's custom XML part ids, `{GUID}`. */
export function newPartId(workbook: FakeWorkbook): string {
  workbook.nextId += 1;
  return `{00000000-0000-4000-8000-${String(workbook.nextId).padStart(12, '0')}}`;
}

export function createWorkbook(seed: WorkbookSeed): FakeWorkbook {
  const workbook: FakeWorkbook = { name: seed.name ?? '工作簿1.xlsx', sheets: [], activeSheetId: '', selection: { sheetId: '', rect: { top: 0, left: 0, bottom: 0, right: 0 } }, nextId: 0, customXmlParts: [] };
  if (seed.readOnly === true) workbook.readOnly = true;
  if (seed.protected === true) workbook.structureProtected = true;
  for (const xml of seed.customXmlParts ?? []) workbook.customXmlParts.push({ id: newPartId(workbook), namespaceUri: namespaceOfXml(xml), xml });
  for (const sheetSeed of seed.sheets) {
    const sheet = emptySheet(workbook, sheetSeed.name);
    sheet.visibility = sheetSeed.visibility ?? 'Visible';
    if (sheetSeed.protected === true) sheet.protected = true;
    const origin = mustRect(sheetSeed.origin ?? 'A1');
    (sheetSeed.rows ?? []).forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null) return;
        const at = { row: origin.top + r, column: origin.left + c };
        if (typeof cell === 'object') {
          setStoredValue(sheet, at.row, at.column, cell.error);
          sheet.errors.set(cellKey(at.row, at.column), cell.formula === true ? 'formula' : 'constant');
        } else {
          setStoredValue(sheet, at.row, at.column, cell);
        }
      });
    });
    for (const [address, format] of Object.entries(sheetSeed.formats ?? {})) {
      forEachCell(mustRect(address), (row, column) => mergeFormat(sheet, row, column, format));
    }
    for (const cf of sheetSeed.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({ id: newId(workbook, 'cf-'), type: cf.type ?? 'Custom', areas: [mustRect(cf.address)], formula: cf.formula, fill: cf.fill, fontColor: null, stopIfTrue: false });
    }
    workbook.sheets.push(sheet);
  }
  const active = workbook.sheets.find((sheet) => sheet.name === seed.active) ?? workbook.sheets[0];
  if (active === undefined) throw new Error('fake-office seed: a workbook needs a sheet');
  workbook.activeSheetId = active.id;
  workbook.selection = { sheetId: active.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  return workbook;
}

/** What a saved file holds: a deep copy sharing nothing with the workbook, as closing and reopening it gives. */
export function cloneWorkbook(workbook: FakeWorkbook): FakeWorkbook {
  return {
    ...workbook,
    selection: { ...workbook.selection },
    customXmlParts: workbook.customXmlParts.map((part) => ({ ...part })),
    sheets: workbook.sheets.map((sheet) => ({
      ...sheet,
      values: sheet.values.map((row) => [...row]),
      errors: new Map(sheet.errors),
      formats: new Map(sheet.formats),
      columnWidths: new Map(sheet.columnWidths),
      conditionalFormats: sheet.conditionalFormats.map((cf) => ({ ...cf, areas: [...cf.areas] })),
      tables: sheet.tables.map((table) => ({ ...table })),
      charts: sheet.charts.map((chart) => ({ ...chart, series: chart.series.map((series) => ({ ...series })), legend: { ...chart.legend } })),
    })),
  };
}

export function forEachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    for (let column = rect.left; column <= rect.right; column += 1) visit(row, column);
  }
}

export function storedValue(sheet: FakeSheet, row: number, column: number): FakeValue {
  return sheet.values[row]?.[column] ?? '';
}

export function setStoredValue(sheet: FakeSheet, row: number, column: number, value: FakeValue): void {
  while (sheet.values.length <= row) sheet.values.push([]);
  const cells = sheet.values[row] ?? [];
  while (cells.length <= column) cells.push('');
  cells[column] = value;
  sheet.values[row] = cells;
}

/** General is no number format at all, as in Excel: setting it leaves the cell as if never formatted. */
export function mergeFormat(sheet: FakeSheet, row: number, column: number, change: FakeCellFormat): void {
  const key = cellKey(row, column);
  const { numberFormat, ...rest } = { ...sheet.formats.get(key), ...change };
  const merged = numberFormat === undefined || numberFormat === 'General' ? rest : { ...rest, numberFormat };
  if (Object.keys(merged).length === 0) sheet.formats.delete(key);
  else sheet.formats.set(key, merged);
}

export function formatOf(sheet: FakeSheet, row: number, column: number): FakeCellFormat {
  return sheet.formats.get(cellKey(row, column)) ?? {};
}

/** The smallest block holding every non-empty value (and, unless `valuesOnly`, every formatted cell). */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const include = (row: number, column: number) => {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    left = Math.min(left, column);
    right = Math.max(right, column);
  };
  sheet.values.forEach((cells, row) => {
    cells.forEach((value, column) => {
      if (value !== '') include(row, column);
    });
  });
  if (!valuesOnly) {
    for (const key of sheet.formats.keys()) {
      const [row, column] = key.split(',').map(Number);
      include(row ?? 0, column ?? 0);
    }
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}

export function valueType(sheet: FakeSheet, row: number, column: number): string {
  if (sheet.errors.has(cellKey(row, column))) return 'Error';
  const value = storedValue(sheet, row, column);
  if (value === '') return 'Empty';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'number') return 'Double';
  return 'String';
}

/** A plain, comparable picture of everything a test may assert on; ids of sheets are kept, object ids are not. */
export function snapshotWorkbook(workbook: FakeWorkbook): unknown {
  const active = workbook.sheets.find((sheet) => sheet.id === workbook.activeSheetId);
  return {
    name: workbook.name,
    active: active?.name,
    sheets: workbook.sheets.map((sheet) => snapshotSheet(sheet)),
    customXmlParts: workbook.customXmlParts.map(({ namespaceUri, xml }) => ({ namespaceUri, xml })),
  };
}

export function snapshotSheet(sheet: FakeSheet): unknown {
  const used = usedRect(sheet, true);
  return {
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    used: used === undefined ? null : rectAddress(used),
    values: used === undefined ? [] : readBlock(used, (row, column) => storedValue(sheet, row, column)),
    errors: [...sheet.errors.entries()].sort(),
    formats: [...sheet.formats.entries()].sort(([a], [b]) => a.localeCompare(b)),
    columnWidths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
    conditionalFormats: sheet.conditionalFormats.map(({ type, areas, formula, fill, fontColor, stopIfTrue }) => ({
      type,
      areas: areas.map(rectAddress),
      formula,
      fill,
      fontColor,
      stopIfTrue,
    })),
    tables: sheet.tables.map(({ name, rect, style }) => ({ name, range: rectAddress(rect), style })),
    charts: sheet.charts.map(({ name, type, title, series, position, legend }) => ({
      name,
      type,
      title,
      position,
      legend,
      series: series.map((s) => ({ name: s.name, values: s.values && rectAddress(s.values), xValues: s.xValues && rectAddress(s.xValues) })),
    })),
  };
}

export function readBlock<T>(rect: Rect, read: (row: number, column: number) => T): T[][] {
  const block: T[][] = [];
  for (let row = rect.top; row <= rect.bottom; row += 1) {
    const line: T[] = [];
    for (let column = rect.left; column <= rect.right; column += 1) line.push(read(row, column));
    block.push(line);
  }
  return block;
}

/** Test helper: the values of a block of a named sheet, as Office.js would load them. */
export function valuesAt(workbook: FakeWorkbook, sheetName: string, address: string): FakeValue[][] {
  const sheet = workbook.sheets.find((candidate) => candidate.name === sheetName);
  if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
  const rect = mustRect(address);
  return readBlock(rect, (row, column) => storedValue(sheet, row, column));
}

