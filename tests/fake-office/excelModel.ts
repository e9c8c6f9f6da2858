/**
 * The "server" side of the fake: each Excel type the add-in uses, with its properties, navigation
 * properties and methods, acting on the in-memory workbook. Only the members listed here exist; the
 * client refuses anything else, so a gap in the fake shows up as an error instead of `undefined`.
 */
import { cellCount, intersects, maxColumns, maxRows, parseRect, quoteSheet, rectAddress, splitSheet, type Rect } from './address';
import { namespaceOfXml } from './customXml';
import { richApiError } from './richApiError';
import {
  cellKey,
  emptySheet,
  errorCodes,
  forEachCell,
  formatOf,
  mergeFormat,
  newId,
  newPartId,
  readBlock,
  setStoredValue,
  storedValue,
  usedRect,
  valueType,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeCustomXmlPart,
  type FakeSeries,
  type FakeSheet,
  type FakeTable,
  type FakeWorkbook,
  type Visibility,
} from './workbook';

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export type Bound =
  | { readonly type: 'Workbook' }
  | { readonly type: 'WorksheetCollection' }
  | { readonly type: 'Worksheet'; readonly sheet: FakeSheet }
  | { readonly type: 'WorkbookProtection' }
  | { readonly type: 'WorksheetProtection'; readonly sheet: FakeSheet }
  | { readonly type: 'Range'; readonly sheet: FakeSheet; readonly rect: Rect }
  | { readonly type: 'RangeAreas'; readonly sheet: FakeSheet; readonly areas: readonly Rect[] }
  | { readonly type: 'RangeFormat'; readonly sheet: FakeSheet; readonly areas: readonly Rect[] }
  | { readonly type: 'RangeFill'; readonly sheet: FakeSheet; readonly areas: readonly Rect[] }
  | { readonly type: 'RangeFont'; readonly sheet: FakeSheet; readonly areas: readonly Rect[] }
  | { readonly type: 'ConditionalFormatCollection'; readonly sheet: FakeSheet; readonly areas: readonly Rect[] }
  | { readonly type: 'ConditionalFormat'; readonly sheet: FakeSheet; readonly cf: FakeConditionalFormat }
  | { readonly type: 'CustomConditionalFormat'; readonly sheet: FakeSheet; readonly cf: FakeConditionalFormat }
  | { readonly type: 'ConditionalFormatRule'; readonly sheet: FakeSheet; readonly cf: FakeConditionalFormat }
  | { readonly type: 'ConditionalRangeFormat'; readonly sheet: FakeSheet; readonly cf: FakeConditionalFormat }
  | { readonly type: 'ConditionalRangeFill'; readonly sheet: FakeSheet; readonly cf: FakeConditionalFormat }
  | { readonly type: 'ConditionalRangeFont'; readonly sheet: FakeSheet; readonly cf: FakeConditionalFormat }
  | { readonly type: 'TableCollection'; readonly sheet: FakeSheet }
  | { readonly type: 'Table'; readonly sheet: FakeSheet; readonly table: FakeTable }
  | { readonly type: 'ChartCollection'; readonly sheet: FakeSheet }
  | { readonly type: 'Chart'; readonly sheet: FakeSheet; readonly chart: FakeChart }
  | { readonly type: 'ChartTitle'; readonly sheet: FakeSheet; readonly chart: FakeChart }
  | { readonly type: 'ChartLegend'; readonly sheet: FakeSheet; readonly chart: FakeChart }
  | { readonly type: 'ChartSeriesCollection'; readonly sheet: FakeSheet; readonly chart: FakeChart }
  | { readonly type: 'ChartSeries'; readonly sheet: FakeSheet; readonly chart: FakeChart; readonly series: FakeSeries }
  | { readonly type: 'CustomXmlPartCollection' }
  | { readonly type: 'CustomXmlPartScopedCollection'; readonly namespaceUri: string }
  | { readonly type: 'CustomXmlPart'; readonly part: FakeCustomXmlPart }
  | { readonly type: 'Null' };

export type TypeName = Exclude<Bound['type'], 'Null'>;
type Of<K extends TypeName> = Extract<Bound, { type: K }>;

/** A method argument: plain JSON, or another client object resolved to what it stands for. */
export type Arg = Json | { readonly bound: Bound };

export interface World {
  readonly workbook: FakeWorkbook;
}

interface PropSpec<B> {
  readonly get: (bound: B, world: World) => Json;
  readonly set?: (bound: B, value: Json, world: World) => void;
}

interface NavSpec<B> {
  readonly type: TypeName;
  readonly get: (bound: B, world: World) => Bound;
}

/** `path` methods only name an object (resolved when first used); `action` methods run at their place in the batch. */
export type MethodSpec<B> =
  | { readonly kind: 'path' | 'action'; readonly returns: TypeName; readonly run: (bound: B, args: readonly Arg[], world: World) => Bound }
  | { readonly kind: 'action'; readonly returns: 'value'; readonly run: (bound: B, args: readonly Arg[], world: World) => Json }
  | { readonly kind: 'action'; readonly returns: 'void'; readonly run: (bound: B, args: readonly Arg[], world: World) => void };

export interface TypeSpec<B> {
  readonly props?: Readonly<Record<string, PropSpec<B>>>;
  readonly nav?: Readonly<Record<string, NavSpec<B>>>;
  readonly methods?: Readonly<Record<string, MethodSpec<B>>>;
  readonly collection?: { readonly itemType: TypeName; readonly items: (bound: B, world: World) => readonly Bound[] };
}

/** Excel on the web answers reads of more than five million cells with nothing. */
const readCellLimit = 5_000_000;
/** Longest address `getRanges` accepts (office-js#5198: failures start around 8,192 characters). */
const addressLengthLimit = 8192;

function fail(code: Parameters<typeof richApiError>[0], message: string): never {
  throw richApiError(code, message);
}

function argString(args: readonly Arg[], index: number, what: string): string {
  const value = args[index];
  if (typeof value !== 'string') fail('InvalidArgument', `${what} must be a string`);
  return value;
}

function argNumber(args: readonly Arg[], index: number, what: string): number {
  const value = args[index];
  if (typeof value !== 'number' || !Number.isInteger(value)) fail('InvalidArgument', `${what} must be a whole number`);
  return value;
}

function isBoundArg(value: Arg | undefined): value is { readonly bound: Bound } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'bound' in value;
}

/** A range argument: a Range object, or an address on `sheet`. */
function argRect(args: readonly Arg[], index: number, sheet: FakeSheet, world: World): { sheet: FakeSheet; rect: Rect } {
  const value = args[index];
  if (isBoundArg(value)) {
    if (value.bound.type !== 'Range') fail('InvalidArgument', 'expected a Range');
    return { sheet: value.bound.sheet, rect: value.bound.rect };
  }
  if (typeof value !== 'string') fail('InvalidArgument', 'expected a Range or an address');
  const { sheet: sheetName, reference } = splitSheet(value);
  const target = sheetName === undefined ? sheet : findSheet(world, sheetName);
  const rect = parseRect(reference);
  if (rect === undefined || target === undefined) fail('InvalidArgument', `bad address ${value}`);
  return { sheet: target, rect };
}

function findSheet(world: World, key: string): FakeSheet | undefined {
  const lower = key.toLowerCase();
  return world.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === lower || sheet.id === key);
}

function sheetPosition(world: World, sheet: FakeSheet): number {
  return world.workbook.sheets.indexOf(sheet);
}

function checkSheetName(world: World, name: string, except?: FakeSheet): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    fail('InvalidArgument', `"${name}" is not a valid sheet name`);
  }
  const clash = findSheet(world, name);
  if (clash !== undefined && clash !== except) fail('ItemAlreadyExists', `a sheet named "${name}" already exists`);
}

function visibleSheets(world: World): FakeSheet[] {
  return world.workbook.sheets.filter((sheet) => sheet.visibility === 'Visible');
}

function activateSomeOther(world: World, leaving: FakeSheet): void {
  const next = visibleSheets(world).find((sheet) => sheet !== leaving);
  if (next !== undefined) {
    world.workbook.activeSheetId = next.id;
    world.workbook.selection = { sheetId: next.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  }
}

function rangeAddress(sheet: FakeSheet, rect: Rect): string {
  return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
}

function parseAreas(sheet: FakeSheet, world: World, address: string): Rect[] {
  if (address.length > addressLengthLimit) fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
  return address.split(',').map((part) => {
    const { sheet: sheetName, reference } = splitSheet(part.trim());
    if (sheetName !== undefined && findSheet(world, sheetName) !== sheet) fail('InvalidArgument', `${part} is not on ${sheet.name}`);
    const rect = parseRect(reference);
    if (rect === undefined) fail('InvalidArgument', `bad address ${part}`);
    return rect;
  });
}

function isVisibility(value: Json): value is Visibility {
  return value === 'Visible' || value === 'Hidden' || value === 'VeryHidden';
}

const numberText = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Writes one cell as Excel does when an add-in sets `values`: text may turn into a number or an error. */
function writeCell(sheet: FakeSheet, row: number, column: number, value: Json): void {
  if (value === null) return;
  const key = cellKey(row, column);
  sheet.errors.delete(key);
  if (typeof value === 'number' || typeof value === 'boolean') {
    setStoredValue(sheet, row, column, value);
    return;
  }
  if (typeof value !== 'string') fail('InvalidArgument', 'a cell value must be a string, number or boolean');
  const isText = formatOf(sheet, row, column).numberFormat === '@';
  if (!isText && value.startsWith('=')) fail('NotImplemented', 'the fake has no formula engine; write text with the "@" number format');
  if (!isText && errorCodes.includes(value)) {
    setStoredValue(sheet, row, column, value);
    sheet.errors.set(key, 'constant');
    return;
  }
  setStoredValue(sheet, row, column, !isText && numberText.test(value.trim()) ? Number(value) : value);
}

function matrix(value: Json, rect: Rect, what: string): readonly (readonly Json[])[] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((line) => !Array.isArray(line) || line.length !== columns)) {
    fail('InvalidArgument', `${what}: the number of rows or columns in the input array doesn't match the size or dimensions of the range`);
  }
  return value as readonly (readonly Json[])[];
}

function uniform<T extends Json>(areas: readonly Rect[], read: (row: number, column: number) => T): T | null {
  let seen: T | undefined;
  let mixed = false;
  for (const area of areas) {
    if (cellCount(area) > readCellLimit) return null;
    forEachCell(area, (row, column) => {
      const value = read(row, column);
      if (seen === undefined) seen = value;
      else if (seen !== value) mixed = true;
    });
  }
  return mixed || seen === undefined ? null : seen;
}

function formatEach(sheet: FakeSheet, areas: readonly Rect[], change: Parameters<typeof mergeFormat>[3]): void {
  for (const area of areas) {
    if (cellCount(area) > 1_000_000) fail('NotImplemented', 'the fake formats at most a million cells at a time');
    forEachCell(area, (row, column) => mergeFormat(sheet, row, column, change));
  }
}

function errorCells(sheet: FakeSheet, rect: Rect, kind: 'constant' | 'formula'): Rect[] {
  const cells = [...sheet.errors.entries()]
    .filter(([, k]) => k === kind)
    .map(([key]) => key.split(',').map(Number) as [number, number])
    .filter(([row, column]) => row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right)
    .sort(([r1, c1], [r2, c2]) => c1 - c2 || r1 - r2);
  const areas: Rect[] = [];
  for (const [row, column] of cells) {
    const last = areas[areas.length - 1];
    if (last !== undefined && last.left === column && last.bottom === row - 1) areas[areas.length - 1] = { ...last, bottom: row };
    else areas.push({ top: row, left: column, bottom: row, right: column });
  }
  return areas;
}

function tableName(world: World): string {
  const names = new Set(world.workbook.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name.toLowerCase())));
  for (let n = 1; ; n += 1) if (!names.has(`table${n}`)) return `Table${n}`;
}

const chartTypes = ['ColumnClustered', 'BarClustered', 'Pie', 'Doughnut', 'Line'];

const rangeProps = (): Readonly<Record<string, PropSpec<Of<'Range'>>>> => ({
  address: { get: (b) => rangeAddress(b.sheet, b.rect) },
  rowIndex: { get: (b) => b.rect.top },
  columnIndex: { get: (b) => b.rect.left },
  rowCount: { get: (b) => b.rect.bottom - b.rect.top + 1 },
  columnCount: { get: (b) => b.rect.right - b.rect.left + 1 },
  cellCount: { get: (b) => cellCount(b.rect) },
  values: {
    get: (b) => (cellCount(b.rect) > readCellLimit ? null : readBlock(b.rect, (row, column) => storedValue(b.sheet, row, column))),
    set: (b, value) => {
      const rows = matrix(value, b.rect, 'values');
      rows.forEach((line, r) => line.forEach((cell, c) => writeCell(b.sheet, b.rect.top + r, b.rect.left + c, cell)));
    },
  },
  valueTypes: {
    get: (b) => (cellCount(b.rect) > readCellLimit ? null : readBlock(b.rect, (row, column) => valueType(b.sheet, row, column))),
  },
  // The fake keeps no formula text: a formula's error cell reads as `=…`, every other cell as its value.
  formulas: {
    get: (b) => (cellCount(b.rect) > readCellLimit ? null : readBlock(b.rect, (row, column) => (b.sheet.errors.get(cellKey(row, column)) === 'formula' ? '=…' : storedValue(b.sheet, row, column)))),
  },
  numberFormat: {
    get: (b) => (cellCount(b.rect) > readCellLimit ? null : readBlock(b.rect, (row, column) => formatOf(b.sheet, row, column).numberFormat ?? 'General')),
    set: (b, value) => {
      const rows = matrix(value, b.rect, 'numberFormat');
      rows.forEach((line, r) =>
        line.forEach((format, c) => {
          if (format === null) return;
          if (typeof format !== 'string') fail('InvalidArgument', 'a number format must be a string');
          mergeFormat(b.sheet, b.rect.top + r, b.rect.left + c, { numberFormat: format });
        }),
      );
    },
  },
});

export const specs: { readonly [K in TypeName]: TypeSpec<Of<K>> } = {
  Workbook: {
    props: { name: { get: (_b, w) => w.workbook.name }, readOnly: { get: (_b, w) => w.workbook.readOnly === true } },
    nav: {
      worksheets: { type: 'WorksheetCollection', get: () => ({ type: 'WorksheetCollection' }) },
      protection: { type: 'WorkbookProtection', get: () => ({ type: 'WorkbookProtection' }) },
      customXmlParts: { type: 'CustomXmlPartCollection', get: () => ({ type: 'CustomXmlPartCollection' }) },
    },
    methods: {
      getSelectedRange: {
        kind: 'path',
        returns: 'Range',
        run: (_b, _args, w) => {
          const sheet = w.workbook.sheets.find((candidate) => candidate.id === w.workbook.selection.sheetId);
          if (sheet === undefined) fail('InvalidSelection', 'nothing is selected');
          return { type: 'Range', sheet, rect: w.workbook.selection.rect };
        },
      },
    },
  },
  WorksheetCollection: {
    collection: { itemType: 'Worksheet', items: (_b, w) => w.workbook.sheets.map((sheet) => ({ type: 'Worksheet', sheet })) },
    methods: {
      getActiveWorksheet: {
        kind: 'path',
        returns: 'Worksheet',
        run: (_b, _args, w) => {
          const sheet = w.workbook.sheets.find((candidate) => candidate.id === w.workbook.activeSheetId);
          if (sheet === undefined) fail('GeneralException', 'no active sheet');
          return { type: 'Worksheet', sheet };
        },
      },
      getItem: {
        kind: 'path',
        returns: 'Worksheet',
        run: (_b, args, w) => {
          const sheet = findSheet(w, argString(args, 0, 'key'));
          if (sheet === undefined) fail('ItemNotFound', 'The requested resource doesn\'t exist.');
          return { type: 'Worksheet', sheet };
        },
      },
      getItemOrNullObject: {
        kind: 'path',
        returns: 'Worksheet',
        run: (_b, args, w) => {
          const sheet = findSheet(w, argString(args, 0, 'key'));
          return sheet === undefined ? { type: 'Null' } : { type: 'Worksheet', sheet };
        },
      },
      add: {
        kind: 'action',
        returns: 'Worksheet',
        run: (_b, args, w) => {
          const given = args[0];
          let name = typeof given === 'string' ? given : '';
          if (name === '') for (let n = 1; name === '' || findSheet(w, name) !== undefined; n += 1) name = `Sheet${n}`;
          checkSheetName(w, name);
          const sheet = emptySheet(w.workbook, name);
          w.workbook.sheets.push(sheet);
          return { type: 'Worksheet', sheet };
        },
      },
    },
  },
  WorkbookProtection: {
    props: { protected: { get: (_b, w) => w.workbook.structureProtected === true } },
  },
  WorksheetProtection: {
    props: { protected: { get: (b) => b.sheet.protected === true } },
  },
  Worksheet: {
    props: {
      id: { get: (b) => b.sheet.id },
      name: {
        get: (b) => b.sheet.name,
        set: (b, value, w) => {
          if (typeof value !== 'string') fail('InvalidArgument', 'name must be a string');
          checkSheetName(w, value, b.sheet);
          b.sheet.name = value;
        },
      },
      position: {
        get: (b, w) => sheetPosition(w, b.sheet),
        set: (b, value, w) => {
          const sheets = w.workbook.sheets;
          if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= sheets.length) fail('InvalidArgument', 'bad position');
          sheets.splice(sheets.indexOf(b.sheet), 1);
          sheets.splice(value, 0, b.sheet);
        },
      },
      visibility: {
        get: (b) => b.sheet.visibility,
        set: (b, value, w) => {
          if (!isVisibility(value)) fail('InvalidArgument', 'bad visibility');
          if (value !== 'Visible' && b.sheet.visibility === 'Visible' && visibleSheets(w).length === 1) {
            fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
          }
          b.sheet.visibility = value;
          if (value !== 'Visible' && w.workbook.activeSheetId === b.sheet.id) activateSomeOther(w, b.sheet);
        },
      },
    },
    nav: {
      tables: { type: 'TableCollection', get: (b) => ({ type: 'TableCollection', sheet: b.sheet }) },
      protection: { type: 'WorksheetProtection', get: (b) => ({ type: 'WorksheetProtection', sheet: b.sheet }) },
      charts: { type: 'ChartCollection', get: (b) => ({ type: 'ChartCollection', sheet: b.sheet }) },
    },
    methods: {
      getRange: {
        kind: 'path',
        returns: 'Range',
        run: (b, args) => {
          if (args[0] === undefined) return { type: 'Range', sheet: b.sheet, rect: { top: 0, left: 0, bottom: maxRows - 1, right: maxColumns - 1 } };
          const { sheet, reference } = splitSheet(argString(args, 0, 'address'));
          if (sheet !== undefined && sheet.toLowerCase() !== b.sheet.name.toLowerCase()) fail('InvalidArgument', 'address on another sheet');
          const rect = parseRect(reference);
          if (rect === undefined) fail('InvalidArgument', `bad address ${reference}`);
          return { type: 'Range', sheet: b.sheet, rect };
        },
      },
      getRangeByIndexes: {
        kind: 'path',
        returns: 'Range',
        run: (b, args) => {
          const [top, left, rows, columns] = [0, 1, 2, 3].map((i) => argNumber(args, i, 'index')) as [number, number, number, number];
          const rect = { top, left, bottom: top + rows - 1, right: left + columns - 1 };
          if (rows < 1 || columns < 1 || top < 0 || left < 0 || rect.bottom >= maxRows || rect.right >= maxColumns) fail('InvalidArgument', 'range out of bounds');
          return { type: 'Range', sheet: b.sheet, rect };
        },
      },
      getRanges: {
        kind: 'path',
        returns: 'RangeAreas',
        run: (b, args, w) => ({ type: 'RangeAreas', sheet: b.sheet, areas: parseAreas(b.sheet, w, argString(args, 0, 'address')) }),
      },
      getUsedRange: {
        kind: 'path',
        returns: 'Range',
        run: (b, args) => ({ type: 'Range', sheet: b.sheet, rect: usedRect(b.sheet, args[0] === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } }),
      },
      getUsedRangeOrNullObject: {
        kind: 'path',
        returns: 'Range',
        run: (b, args) => {
          const rect = usedRect(b.sheet, args[0] === true);
          return rect === undefined ? { type: 'Null' } : { type: 'Range', sheet: b.sheet, rect };
        },
      },
      activate: {
        kind: 'action',
        returns: 'void',
        run: (b, _args, w) => {
          if (b.sheet.visibility !== 'Visible') fail('InvalidOperation', 'cannot activate a hidden sheet');
          w.workbook.activeSheetId = b.sheet.id;
          w.workbook.selection = { sheetId: b.sheet.id, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
        },
      },
      delete: {
        kind: 'action',
        returns: 'void',
        run: (b, _args, w) => {
          if (b.sheet.visibility === 'Visible' && visibleSheets(w).length === 1) fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
          if (w.workbook.activeSheetId === b.sheet.id) activateSomeOther(w, b.sheet);
          w.workbook.sheets.splice(w.workbook.sheets.indexOf(b.sheet), 1);
        },
      },
    },
  },
  Range: {
    props: rangeProps(),
    nav: {
      format: { type: 'RangeFormat', get: (b) => ({ type: 'RangeFormat', sheet: b.sheet, areas: [b.rect] }) },
      conditionalFormats: { type: 'ConditionalFormatCollection', get: (b) => ({ type: 'ConditionalFormatCollection', sheet: b.sheet, areas: [b.rect] }) },
      worksheet: { type: 'Worksheet', get: (b) => ({ type: 'Worksheet', sheet: b.sheet }) },
    },
    methods: {
      select: {
        kind: 'action',
        returns: 'void',
        run: (b, _args, w) => {
          if (b.sheet.visibility !== 'Visible') fail('InvalidSelection', 'cannot select on a hidden sheet');
          w.workbook.activeSheetId = b.sheet.id;
          w.workbook.selection = { sheetId: b.sheet.id, rect: b.rect };
        },
      },
      delete: {
        kind: 'action',
        returns: 'void',
        run: (b, args) => {
          if (args[0] !== 'Up') fail('NotImplemented', 'the fake deletes cells upwards only');
          shiftUp(b.sheet, b.rect);
        },
      },
      getCell: {
        kind: 'path',
        returns: 'Range',
        run: (b, args) => {
          const top = b.rect.top + argNumber(args, 0, 'row');
          const left = b.rect.left + argNumber(args, 1, 'column');
          return { type: 'Range', sheet: b.sheet, rect: { top, left, bottom: top, right: left } };
        },
      },
      getResizedRange: {
        kind: 'path',
        returns: 'Range',
        run: (b, args) => {
          const rect = { ...b.rect, bottom: b.rect.bottom + argNumber(args, 0, 'rows'), right: b.rect.right + argNumber(args, 1, 'columns') };
          if (rect.bottom < rect.top || rect.right < rect.left) fail('InvalidArgument', 'bad resize');
          return { type: 'Range', sheet: b.sheet, rect };
        },
      },
      getSpecialCellsOrNullObject: {
        kind: 'path',
        returns: 'RangeAreas',
        run: (b, args) => {
          const cellType = argString(args, 0, 'cellType');
          const valueType = args[1];
          if (valueType !== 'Errors' || (cellType !== 'Constants' && cellType !== 'Formulas')) fail('NotImplemented', 'the fake finds error cells only');
          const areas = errorCells(b.sheet, b.rect, cellType === 'Constants' ? 'constant' : 'formula');
          return areas.length === 0 ? { type: 'Null' } : { type: 'RangeAreas', sheet: b.sheet, areas };
        },
      },
    },
  },
  RangeAreas: {
    props: {
      address: { get: (b) => b.areas.map((area) => rangeAddress(b.sheet, area)).join(',') },
      areaCount: { get: (b) => b.areas.length },
      cellCount: { get: (b) => b.areas.reduce((sum, area) => sum + cellCount(area), 0) },
    },
    nav: {
      format: { type: 'RangeFormat', get: (b) => ({ type: 'RangeFormat', sheet: b.sheet, areas: b.areas }) },
      conditionalFormats: { type: 'ConditionalFormatCollection', get: (b) => ({ type: 'ConditionalFormatCollection', sheet: b.sheet, areas: b.areas }) },
    },
  },
  RangeFormat: {
    props: {
      columnWidth: {
        get: (b) => uniform(b.areas.map((a) => ({ ...a, top: 0, bottom: 0 })), (_row, column) => b.sheet.columnWidths.get(column) ?? 48),
        set: (b, value) => {
          if (typeof value !== 'number' || value < 0) fail('InvalidArgument', 'bad column width');
          for (const area of b.areas) for (let column = area.left; column <= area.right; column += 1) b.sheet.columnWidths.set(column, value);
        },
      },
    },
    nav: {
      fill: { type: 'RangeFill', get: (b) => ({ type: 'RangeFill', sheet: b.sheet, areas: b.areas }) },
      font: { type: 'RangeFont', get: (b) => ({ type: 'RangeFont', sheet: b.sheet, areas: b.areas }) },
    },
    methods: {
      autofitColumns: {
        kind: 'action',
        returns: 'void',
        run: (b) => {
          for (const area of b.areas) {
            for (let column = area.left; column <= area.right; column += 1) {
              let widest = 0;
              for (let row = area.top; row <= Math.min(area.bottom, b.sheet.values.length - 1); row += 1) {
                const text = String(storedValue(b.sheet, row, column));
                widest = Math.max(widest, [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0));
              }
              b.sheet.columnWidths.set(column, Math.max(48, Math.round(widest * 5.5 + 6)));
            }
          }
        },
      },
    },
  },
  RangeFill: {
    props: {
      color: {
        get: (b) => uniform(b.areas, (row, column) => formatOf(b.sheet, row, column).fill ?? '#FFFFFF'),
        set: (b, value) => {
          if (typeof value !== 'string') fail('InvalidArgument', 'bad color');
          formatEach(b.sheet, b.areas, { fill: value.toUpperCase() });
        },
      },
    },
  },
  RangeFont: {
    props: {
      bold: {
        get: (b) => uniform(b.areas, (row, column) => formatOf(b.sheet, row, column).bold ?? false),
        set: (b, value) => formatEach(b.sheet, b.areas, { bold: value === true }),
      },
      color: {
        get: (b) => uniform(b.areas, (row, column) => formatOf(b.sheet, row, column).fontColor ?? '#000000'),
        set: (b, value) => formatEach(b.sheet, b.areas, { fontColor: String(value).toUpperCase() }),
      },
      size: {
        get: (b) => uniform(b.areas, (row, column) => formatOf(b.sheet, row, column).fontSize ?? 11),
        set: (b, value) => {
          if (typeof value !== 'number') fail('InvalidArgument', 'bad font size');
          formatEach(b.sheet, b.areas, { fontSize: value });
        },
      },
    },
  },
  ConditionalFormatCollection: {
    collection: {
      itemType: 'ConditionalFormat',
      items: (b) =>
        b.sheet.conditionalFormats
          .filter((cf) => cf.areas.some((area) => b.areas.some((own) => intersects(area, own))))
          .map((cf) => ({ type: 'ConditionalFormat', sheet: b.sheet, cf })),
    },
    methods: {
      add: {
        kind: 'action',
        returns: 'ConditionalFormat',
        run: (b, args, w) => {
          if (args[0] !== 'Custom') fail('NotImplemented', 'the fake adds custom conditional formats only');
          const cf: FakeConditionalFormat = { id: newId(w.workbook, 'cf-'), type: 'Custom', areas: [...b.areas], formula: '', fill: null, fontColor: null, stopIfTrue: false };
          // A new rule goes to the top of the sheet's priority list, as in Excel.
          b.sheet.conditionalFormats.unshift(cf);
          return { type: 'ConditionalFormat', sheet: b.sheet, cf };
        },
      },
      getItem: {
        kind: 'path',
        returns: 'ConditionalFormat',
        run: (b, args) => {
          const cf = b.sheet.conditionalFormats.find((candidate) => candidate.id === args[0]);
          if (cf === undefined) fail('ItemNotFound', 'no such conditional format');
          return { type: 'ConditionalFormat', sheet: b.sheet, cf };
        },
      },
      getCount: {
        kind: 'action',
        returns: 'value',
        run: (b) => b.sheet.conditionalFormats.filter((cf) => cf.areas.some((area) => b.areas.some((own) => intersects(area, own)))).length,
      },
    },
  },
  ConditionalFormat: {
    props: {
      id: { get: (b) => b.cf.id },
      type: { get: (b) => b.cf.type },
      priority: { get: (b) => b.sheet.conditionalFormats.indexOf(b.cf) },
      stopIfTrue: { get: (b) => b.cf.stopIfTrue, set: (b, value) => void (b.cf.stopIfTrue = value === true) },
    },
    nav: {
      custom: {
        type: 'CustomConditionalFormat',
        get: (b) => {
          if (b.cf.type !== 'Custom') fail('InvalidArgument', 'this conditional format is not a custom one');
          return { type: 'CustomConditionalFormat', sheet: b.sheet, cf: b.cf };
        },
      },
      customOrNullObject: {
        type: 'CustomConditionalFormat',
        get: (b) => (b.cf.type === 'Custom' ? { type: 'CustomConditionalFormat', sheet: b.sheet, cf: b.cf } : { type: 'Null' }),
      },
    },
    methods: {
      delete: {
        kind: 'action',
        returns: 'void',
        run: (b) => {
          const index = b.sheet.conditionalFormats.indexOf(b.cf);
          if (index < 0) fail('ItemNotFound', 'the conditional format no longer exists');
          b.sheet.conditionalFormats.splice(index, 1);
        },
      },
    },
  },
  CustomConditionalFormat: {
    nav: {
      rule: { type: 'ConditionalFormatRule', get: (b) => ({ type: 'ConditionalFormatRule', sheet: b.sheet, cf: b.cf }) },
      format: { type: 'ConditionalRangeFormat', get: (b) => ({ type: 'ConditionalRangeFormat', sheet: b.sheet, cf: b.cf }) },
    },
  },
  ConditionalFormatRule: {
    props: {
      formula: {
        get: (b) => b.cf.formula,
        set: (b, value) => {
          if (typeof value !== 'string' || !value.startsWith('=')) fail('InvalidArgument', 'a rule formula starts with "="');
          b.cf.formula = value;
        },
      },
    },
  },
  ConditionalRangeFormat: {
    nav: {
      fill: { type: 'ConditionalRangeFill', get: (b) => ({ type: 'ConditionalRangeFill', sheet: b.sheet, cf: b.cf }) },
      font: { type: 'ConditionalRangeFont', get: (b) => ({ type: 'ConditionalRangeFont', sheet: b.sheet, cf: b.cf }) },
    },
  },
  ConditionalRangeFill: {
    props: { color: { get: (b) => b.cf.fill, set: (b, value) => void (b.cf.fill = typeof value === 'string' ? value.toUpperCase() : null) } },
  },
  ConditionalRangeFont: {
    props: { color: { get: (b) => b.cf.fontColor, set: (b, value) => void (b.cf.fontColor = typeof value === 'string' ? value.toUpperCase() : null) } },
  },
  TableCollection: {
    collection: { itemType: 'Table', items: (b) => b.sheet.tables.map((table) => ({ type: 'Table', sheet: b.sheet, table })) },
    methods: {
      add: {
        kind: 'action',
        returns: 'Table',
        run: (b, args, w) => {
          const { sheet, rect } = argRect(args, 0, b.sheet, w);
          if (sheet !== b.sheet) fail('InvalidArgument', 'a table must be on its own sheet');
          if (args[1] !== true) fail('NotImplemented', 'the fake adds tables with headers only');
          if (rect.bottom === rect.top) fail('InvalidArgument', 'a table needs a header row and at least one data row');
          if (sheet.tables.some((table) => intersects(table.rect, rect))) fail('InvalidOperation', 'A table can\'t overlap another table.');
          for (let column = rect.left; column <= rect.right; column += 1) {
            const header = storedValue(sheet, rect.top, column);
            const text = header === '' ? `Column${column - rect.left + 1}` : String(header);
            mergeFormat(sheet, rect.top, column, { numberFormat: '@' });
            setStoredValue(sheet, rect.top, column, text);
          }
          const table: FakeTable = { id: newId(w.workbook, 'table-'), name: tableName(w), rect, style: 'TableStyleMedium2' };
          sheet.tables.push(table);
          return { type: 'Table', sheet, table };
        },
      },
    },
  },
  Table: {
    props: {
      id: { get: (b) => b.table.id },
      name: {
        get: (b) => b.table.name,
        set: (b, value, w) => {
          if (typeof value !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(value) || value.length > 255) fail('InvalidArgument', 'bad table name');
          const taken = w.workbook.sheets.some((sheet) => sheet.tables.some((table) => table !== b.table && table.name.toLowerCase() === value.toLowerCase()));
          if (taken) fail('ItemAlreadyExists', `a table named ${value} already exists`);
          b.table.name = value;
        },
      },
      style: { get: (b) => b.table.style, set: (b, value) => void (b.table.style = String(value)) },
    },
  },
  ChartCollection: {
    collection: { itemType: 'Chart', items: (b) => b.sheet.charts.map((chart) => ({ type: 'Chart', sheet: b.sheet, chart })) },
    methods: {
      add: {
        kind: 'action',
        returns: 'Chart',
        run: (b, args, w) => {
          const type = argString(args, 0, 'type');
          if (!chartTypes.includes(type)) fail('NotImplemented', `the fake draws ${chartTypes.join(', ')} charts only`);
          const { rect } = argRect(args, 1, b.sheet, w);
          if (args[2] !== 'Columns') fail('NotImplemented', 'the fake makes series by columns only');
          const series: FakeSeries[] = [];
          for (let column = rect.left; column <= rect.right; column += 1) {
            series.push({ name: `Series${series.length + 1}`, values: { ...rect, left: column, right: column }, xValues: null });
          }
          const chart: FakeChart = { id: newId(w.workbook, 'chart-'), name: `Chart ${b.sheet.charts.length + 1}`, type, title: '', series, position: null, legend: { position: 'Right', visible: true } };
          b.sheet.charts.push(chart);
          return { type: 'Chart', sheet: b.sheet, chart };
        },
      },
    },
  },
  Chart: {
    props: {
      id: { get: (b) => b.chart.id },
      name: { get: (b) => b.chart.name, set: (b, value) => void (b.chart.name = String(value)) },
    },
    nav: {
      title: { type: 'ChartTitle', get: (b) => ({ type: 'ChartTitle', sheet: b.sheet, chart: b.chart }) },
      legend: { type: 'ChartLegend', get: (b) => ({ type: 'ChartLegend', sheet: b.sheet, chart: b.chart }) },
      series: { type: 'ChartSeriesCollection', get: (b) => ({ type: 'ChartSeriesCollection', sheet: b.sheet, chart: b.chart }) },
    },
    methods: {
      setPosition: {
        kind: 'action',
        returns: 'void',
        run: (b, args, w) => {
          const from = rectAddress(argRect(args, 0, b.sheet, w).rect);
          const to = args[1] === undefined ? from : rectAddress(argRect(args, 1, b.sheet, w).rect);
          b.chart.position = { from, to };
        },
      },
    },
  },
  ChartTitle: {
    props: { text: { get: (b) => b.chart.title, set: (b, value) => void (b.chart.title = String(value)) } },
  },
  ChartLegend: {
    props: {
      position: { get: (b) => b.chart.legend.position, set: (b, value) => void (b.chart.legend.position = String(value)) },
      visible: { get: (b) => b.chart.legend.visible, set: (b, value) => void (b.chart.legend.visible = value === true) },
    },
  },
  ChartSeriesCollection: {
    collection: { itemType: 'ChartSeries', items: (b) => b.chart.series.map((series) => ({ type: 'ChartSeries', sheet: b.sheet, chart: b.chart, series })) },
    methods: {
      getItemAt: {
        kind: 'path',
        returns: 'ChartSeries',
        run: (b, args) => {
          const series = b.chart.series[argNumber(args, 0, 'index')];
          if (series === undefined) fail('InvalidArgument', 'no series at that index');
          return { type: 'ChartSeries', sheet: b.sheet, chart: b.chart, series };
        },
      },
      add: {
        kind: 'action',
        returns: 'ChartSeries',
        run: (b, args) => {
          const series: FakeSeries = { name: typeof args[0] === 'string' ? args[0] : `Series${b.chart.series.length + 1}`, values: null, xValues: null };
          b.chart.series.push(series);
          return { type: 'ChartSeries', sheet: b.sheet, chart: b.chart, series };
        },
      },
    },
  },
  CustomXmlPartCollection: {
    collection: { itemType: 'CustomXmlPart', items: (_b, w) => partsIn(w, undefined).map((part) => ({ type: 'CustomXmlPart', part })) },
    methods: {
      ...partMethods(() => undefined),
      add: {
        kind: 'action',
        returns: 'CustomXmlPart',
        run: (_b, args, w) => {
          const xml = argString(args, 0, 'xml');
          const part: FakeCustomXmlPart = { id: newPartId(w.workbook), namespaceUri: namespaceOfXml(xml), xml };
          w.workbook.customXmlParts.push(part);
          return { type: 'CustomXmlPart', part };
        },
      },
      getByNamespace: {
        kind: 'path',
        returns: 'CustomXmlPartScopedCollection',
        run: (_b, args) => ({ type: 'CustomXmlPartScopedCollection', namespaceUri: argString(args, 0, 'namespaceUri') }),
      },
    },
  },
  CustomXmlPartScopedCollection: {
    collection: { itemType: 'CustomXmlPart', items: (b, w) => partsIn(w, b.namespaceUri).map((part) => ({ type: 'CustomXmlPart', part })) },
    methods: {
      ...partMethods((b) => (b.type === 'CustomXmlPartScopedCollection' ? b.namespaceUri : undefined)),
      getOnlyItem: {
        kind: 'path',
        returns: 'CustomXmlPart',
        run: (b, _args, w) => {
          const parts = partsIn(w, b.namespaceUri);
          const [only] = parts;
          if (parts.length !== 1 || only === undefined) fail('InvalidOperation', 'The collection does not contain exactly one item.');
          return { type: 'CustomXmlPart', part: only };
        },
      },
      getOnlyItemOrNullObject: {
        kind: 'path',
        returns: 'CustomXmlPart',
        run: (b, _args, w) => {
          const parts = partsIn(w, b.namespaceUri);
          const [only] = parts;
          return parts.length === 1 && only !== undefined ? { type: 'CustomXmlPart', part: only } : { type: 'Null' };
        },
      },
    },
  },
  CustomXmlPart: {
    props: {
      id: { get: (b, w) => livePart(w, b.part).id },
      namespaceUri: { get: (b, w) => livePart(w, b.part).namespaceUri },
    },
    methods: {
      getXml: { kind: 'action', returns: 'value', run: (b, _args, w) => livePart(w, b.part).xml },
      setXml: {
        kind: 'action',
        returns: 'void',
        run: (b, args, w) => {
          const part = livePart(w, b.part);
          const xml = argString(args, 0, 'xml');
          part.namespaceUri = namespaceOfXml(xml);
          part.xml = xml;
        },
      },
      delete: {
        kind: 'action',
        returns: 'void',
        run: (b, _args, w) => {
          const part = livePart(w, b.part);
          w.workbook.customXmlParts.splice(w.workbook.customXmlParts.indexOf(part), 1);
        },
      },
    },
  },
  ChartSeries: {
    props: { name: { get: (b) => b.series.name, set: (b, value) => void (b.series.name = String(value)) } },
    methods: {
      setValues: { kind: 'action', returns: 'void', run: (b, args, w) => void (b.series.values = argRect(args, 0, b.sheet, w).rect) },
      setXAxisValues: { kind: 'action', returns: 'void', run: (b, args, w) => void (b.series.xValues = argRect(args, 0, b.sheet, w).rect) },
    },
  },
};

/** Where a custom XML part is, refusing one deleted meanwhile as Excel does. */
function livePart(world: World, part: FakeCustomXmlPart): FakeCustomXmlPart {
  if (!world.workbook.customXmlParts.includes(part)) fail('ItemNotFound', 'The requested resource doesn\'t exist.');
  return part;
}

function partsIn(world: World, namespaceUri: string | undefined): FakeCustomXmlPart[] {
  return world.workbook.customXmlParts.filter((part) => namespaceUri === undefined || part.namespaceUri === namespaceUri);
}

function partById(world: World, namespaceUri: string | undefined, id: string): Bound {
  const part = partsIn(world, namespaceUri).find((candidate) => candidate.id === id);
  return part === undefined ? { type: 'Null' } : { type: 'CustomXmlPart', part };
}

function found(bound: Bound): Bound {
  if (bound.type === 'Null') fail('ItemNotFound', 'The requested resource doesn\'t exist.');
  return bound;
}

function partMethods(namespaceOf: (bound: Bound) => string | undefined): Readonly<Record<string, MethodSpec<Bound>>> {
  return {
    getItem: { kind: 'path', returns: 'CustomXmlPart', run: (b, args, w) => found(partById(w, namespaceOf(b), argString(args, 0, 'id'))) },
    getItemOrNullObject: { kind: 'path', returns: 'CustomXmlPart', run: (b, args, w) => partById(w, namespaceOf(b), argString(args, 0, 'id')) },
    getCount: { kind: 'action', returns: 'value', run: (b, _args, w) => partsIn(w, namespaceOf(b)).length },
  };
}

/** Deletes a block of cells and moves the cells below it up, as `Range.delete('Up')` does. */
function shiftUp(sheet: FakeSheet, rect: Rect): void {
  const height = rect.bottom - rect.top + 1;
  const below = { ...rect, bottom: maxRows - 1 };
  if (sheet.tables.some((table) => intersects(table.rect, below)) || sheet.conditionalFormats.some((cf) => cf.areas.some((area) => intersects(area, below)))) {
    fail('NotImplemented', 'the fake does not move tables or conditional formats');
  }
  let last = sheet.values.length - 1;
  let right = sheet.values.reduce((widest, cells) => Math.max(widest, cells.length - 1), -1);
  for (const key of [...sheet.formats.keys(), ...sheet.errors.keys()]) {
    const [row = 0, column = 0] = key.split(',').map(Number);
    last = Math.max(last, row);
    right = Math.max(right, column);
  }
  // Cells right of everything the sheet holds are empty whether they move or not.
  for (let row = rect.top; row <= last; row += 1) {
    for (let column = rect.left; column <= Math.min(rect.right, right); column += 1) {
      const from = cellKey(row + height, column);
      const to = cellKey(row, column);
      setStoredValue(sheet, row, column, storedValue(sheet, row + height, column));
      const error = sheet.errors.get(from);
      if (error === undefined) sheet.errors.delete(to);
      else sheet.errors.set(to, error);
      const format = sheet.formats.get(from);
      if (format === undefined) sheet.formats.delete(to);
      else sheet.formats.set(to, format);
    }
  }
}

/** The sheet a bound object lives on, to refuse objects of a sheet that was deleted meanwhile. */
export function sheetOf(bound: Bound): FakeSheet | undefined {
  return 'sheet' in bound ? bound.sheet : undefined;
}

export function specOf(type: TypeName): TypeSpec<Bound> {
  return specs[type] as TypeSpec<Bound>;
}

