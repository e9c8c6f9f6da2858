import { dateOfCell } from '../dates/dateOfCell';
import { isPhoneNumber } from '../fields/normalizePhone';
import { textOfCell } from '../fields/textOfCell';
import { columnLetter } from '../grid/columnLetter';
import { isBlank, isCellError, type CellValue, type Grid } from '../grid/Grid';
import { detectHeader } from '../header/detectHeader';
import { normalizeHeader } from '../header/normalizeHeader';
import { builtInTemplates } from '../templates/builtInTemplates';
import type { FieldSpec, Template } from '../templates/Template';
import { cleanText } from '../text/cleanText';
import type { CustomEnumValue, CustomFieldDefinition, CustomFieldType, CustomTemplateDefinition } from './customTemplateSchema';
import { customTypeName } from './TemplateProblem';

export interface DraftOptions {
  /** Excel row number of the header; otherwise the row among the first 30 with the most header texts. */
  readonly headerRow?: number;
  /** For a new ledger; `custom` and the sheet name by default. */
  readonly id?: string;
  readonly name?: string;
  readonly templates?: readonly Template[];
}

export interface TemplateDraft {
  readonly definition: CustomTemplateDefinition;
  /** Excel row number of the header the draft was made from. */
  readonly headerRow: number;
  /** Which field each header column became, for the editor's one-line-per-column picker. */
  readonly columns: readonly { readonly column: string; readonly header: string; readonly field: string }[];
}

const HEADER_SEARCH_ROWS = 30;
const SAMPLE_ROWS = 50;
const MAX_DRAFT_VALUES = 12;
/** Row-number columns are not data. */
const ROW_NUMBER = /^(序号|编号|行号|no\.?)$/i;
const ID_NUMBER = /^(\d{17}[\dXx]|\d{15})$/;
const DATE_HEADER = /日期|时间|年月|生日/;

/**
 * A starting template for a sheet, for the template editor: when the sheet is a built-in ledger with
 * columns of its own, that ledger extended with those columns; otherwise a new ledger with a field per
 * header column, each header known to a built-in template taking that field's id and type, the others
 * a type guessed from their values. Nothing is required until the user says so. Undefined when no row
 * has at least two header texts.
 */
export function draftCustomTemplate(grid: Grid, options: DraftOptions = {}): TemplateDraft | undefined {
  const templates = options.templates ?? builtInTemplates;
  const detected = detectHeader(grid, templates);
  const chosenIndex = options.headerRow === undefined ? undefined : options.headerRow - grid.origin.row;
  const known = chosenIndex === undefined || detected?.headerIndex === chosenIndex ? detected : undefined;
  const headerIndex = chosenIndex ?? known?.headerIndex ?? likelyHeaderIndex(grid);
  const row = headerIndex === undefined ? undefined : grid.values[headerIndex];
  if (headerIndex === undefined || row === undefined) return undefined;
  const headerRow = grid.origin.row + headerIndex;

  const columns: { column: string; header: string; field: string }[] = [];
  const fields: CustomFieldDefinition[] = [];
  const usedIds = new Set<string>(known?.columns.map((column) => column.field.id));
  row.forEach((cell, columnIndex) => {
    const header = typeof cell === 'string' ? cell.trim() : '';
    const column = columnLetter(grid.origin.column + columnIndex);
    if (header === '' || ROW_NUMBER.test(normalizeHeader(header))) return;
    const mapped = known?.columns.find((candidate) => candidate.columnIndex === columnIndex);
    if (mapped !== undefined) {
      columns.push({ column, header, field: mapped.field.id });
      return;
    }
    const builtIn = known === undefined ? builtInField(templates, header) : undefined;
    const field = builtIn !== undefined && !usedIds.has(builtIn.id) ? fromBuiltIn(builtIn, header) : guessedField(grid, headerIndex, columnIndex, header, `column${column}`);
    usedIds.add(field.id);
    fields.push(field);
    columns.push({ column, header, field: field.id });
  });
  if (columns.length < 2) return undefined;

  const definition: CustomTemplateDefinition =
    known === undefined
      ? { id: options.id ?? 'custom', name: options.name ?? grid.sheet, fields }
      : { extends: known.template.id, fields };
  return { definition, headerRow, columns };
}

function likelyHeaderIndex(grid: Grid): number | undefined {
  let best: { index: number; texts: number } | undefined;
  grid.values.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const texts = row.filter((cell) => typeof cell === 'string' && !isBlank(cell)).length;
    if (texts >= 2 && (best === undefined || texts > best.texts)) best = { index, texts };
  });
  return best?.index;
}

function builtInField(templates: readonly Template[], header: string): FieldSpec | undefined {
  const key = normalizeHeader(header);
  for (const template of templates) {
    const field = template.fields.find((candidate) => [candidate.label, ...candidate.aliases].some((text) => normalizeHeader(text) === key));
    if (field !== undefined) return field;
  }
  return undefined;
}

function fromBuiltIn(field: FieldSpec, header: string): CustomFieldDefinition {
  const options = field.options ?? [];
  const type: CustomFieldType = field.type === 'enum' && options.length > MAX_DRAFT_VALUES ? 'text' : customTypeName[field.type];
  const values: CustomEnumValue[] = options.map((option) => (option.aliases === undefined ? option.value : { value: option.value, aliases: [...option.aliases] }));
  return {
    id: field.id,
    label: header,
    type,
    ...(type === 'enum' ? { values } : {}),
    ...(field.type === 'idNumber' ? { unique: true } : {}),
  };
}

function guessedField(grid: Grid, headerIndex: number, columnIndex: number, header: string, id: string): CustomFieldDefinition {
  const samples = grid.values
    .slice(headerIndex + 1, headerIndex + 1 + SAMPLE_ROWS)
    .map((row) => row[columnIndex])
    .filter((cell): cell is Exclude<CellValue, null> => cell !== undefined && cell !== null && !isBlank(cell) && !isCellError(cell));
  const type = guessType(samples, header, grid.dateSystem ?? 1900);
  if (type !== 'text' || samples.length < 8) return { id, label: header, type, ...(type === 'id-number' ? { unique: true } : {}) };
  const values = [...new Set(samples.map((cell) => cleanText(textOfCell(cell)).value))];
  // A handful of values repeated down the column is a fixed list (服务类型, 帮扶方式).
  return values.length <= 6 && values.length * 3 <= samples.length ? { id, label: header, type: 'enum', values } : { id, label: header, type };
}

function guessType(samples: readonly Exclude<CellValue, null>[], header: string, dateSystem: 1900 | 1904): CustomFieldType {
  if (samples.length === 0) return DATE_HEADER.test(header) ? 'date' : 'text';
  const texts = samples.map((cell) => cleanText(textOfCell(cell)).value);
  if (samples.every((cell) => typeof cell === 'string') && texts.every((text) => ID_NUMBER.test(text))) return 'id-number';
  const dateLike = (cell: Exclude<CellValue, null>) => cell instanceof Date || (typeof cell === 'string' && dateOfCell(cell, dateSystem) !== undefined);
  if (samples.every(dateLike) || (DATE_HEADER.test(header) && samples.every((cell) => dateOfCell(cell, dateSystem) !== undefined))) return 'date';
  if (texts.every((text) => isPhoneNumber(text.replace(/\s+/g, ''))) && texts.some((text) => text.length >= 11)) return 'phone';
  const numbers = samples.map((cell) => (typeof cell === 'number' ? cell : Number(cleanText(textOfCell(cell)).value.replace(/,/g, ''))));
  if (samples.every((cell) => typeof cell === 'number' || typeof cell === 'string') && numbers.every((number) => Number.isFinite(number)) && texts.every((text) => text !== '')) {
    return numbers.every(Number.isInteger) ? 'integer' : 'number';
  }
  return 'text';
}
