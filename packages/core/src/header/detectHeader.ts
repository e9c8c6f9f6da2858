import type { CellValue, Grid } from '../grid/Grid';
import { isBlank } from '../grid/Grid';
import { enumLookup } from '../fields/enumNormalizer';
import { cleanText } from '../text/cleanText';
import type { FieldSpec, Template } from '../templates/Template';
import type { HeaderMatch, MappedColumn } from './HeaderMatch';
import { normalizeHeader } from './normalizeHeader';

/** Real sheets put titles, 填报单位 lines and long instructions above the header. */
const MAX_HEADER_SEARCH_ROWS = 60;
const MIN_MATCHED_FIELDS = 3;
const VALUE_SAMPLE_SIZE = 30;
const VALUE_SAMPLE_ROWS = 300;

interface Score {
  /** A decisive field of the template was found (`Template.decisive`). */
  readonly decisive: boolean;
  readonly fields: number;
}

function outranks(a: Score, b: Score): boolean {
  return a.decisive !== b.decisive ? a.decisive : a.fields > b.fields;
}

/**
 * Finds the header row and the template it belongs to: the row and template with the most fields
 * recognised, among those whose signature fields are all present; a template whose decisive field was
 * found goes before those without, and on a tie the earlier row and template win. A blank header cell
 * takes the text above it, which is how a two-row merged header (基本信息 → 姓名/性别…) reads once
 * unmerged.
 */
export function detectHeader(grid: Grid, templates: readonly Template[]): HeaderMatch | undefined {
  let best: { match: HeaderMatch; score: Score } | undefined;
  const lastRow = Math.min(grid.values.length, MAX_HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < lastRow; rowIndex += 1) {
    const headers = headerTexts(grid, rowIndex);
    if (headers.every((text) => text === '')) continue;
    const keys = headers.map(normalizeHeader);
    for (const template of templates) {
      const columns = mapColumns(grid, rowIndex, headers, keys, template);
      const fields = new Set(columns.map((column) => column.field.id));
      if (fields.size < MIN_MATCHED_FIELDS || !template.signature.every((id) => fields.has(id))) continue;
      const score = { decisive: template.decisive?.some((id) => fields.has(id)) === true, fields: fields.size };
      if (best === undefined || outranks(score, best.score)) {
        best = { match: { template, headerIndex: rowIndex, columns }, score };
      }
    }
  }
  return best?.match;
}

/** Maps a given row as the header of a given template (when the user chose the template). */
export function headerForTemplate(grid: Grid, template: Template): HeaderMatch | undefined {
  let best: { match: HeaderMatch; score: number } | undefined;
  const lastRow = Math.min(grid.values.length, MAX_HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < lastRow; rowIndex += 1) {
    const headers = headerTexts(grid, rowIndex);
    const columns = mapColumns(grid, rowIndex, headers, headers.map(normalizeHeader), template);
    if (columns.length > (best?.score ?? 0)) best = { match: { template, headerIndex: rowIndex, columns }, score: columns.length };
  }
  return best?.match;
}

function headerTexts(grid: Grid, rowIndex: number): string[] {
  const row = grid.values[rowIndex] ?? [];
  const above = rowIndex > 0 ? grid.values[rowIndex - 1] ?? [] : [];
  const width = Math.max(row.length, above.length);
  const texts: string[] = [];
  for (let column = 0; column < width; column += 1) {
    const own = row[column];
    texts.push(typeof own === 'string' && !isBlank(own) ? own.trim() : isBlank(own) ? textOf(above[column]) : '');
  }
  return texts;
}

function textOf(cell: CellValue | undefined): string {
  return typeof cell === 'string' ? cell.trim() : '';
}

const noCandidates: readonly FieldSpec[] = [];
const candidatesByTemplate = new WeakMap<Template, ReadonlyMap<string, readonly FieldSpec[]>>();

/**
 * The fields a normalized header names in a template, its own label before other fields' aliases. Built
 * once per template: the first 60 rows of every sheet are tried as headers against every template.
 */
function candidatesOf(template: Template): ReadonlyMap<string, readonly FieldSpec[]> {
  const cached = candidatesByTemplate.get(template);
  if (cached) return cached;
  // Each label and alias normalized once, fields kept in template order: labels first, then aliases.
  const byLabel = new Map<string, FieldSpec[]>();
  const byAlias = new Map<string, FieldSpec[]>();
  for (const field of template.fields) {
    addCandidate(byLabel, normalizeHeader(field.label), field);
    for (const alias of field.aliases) addCandidate(byAlias, normalizeHeader(alias), field);
  }
  const candidates = new Map<string, readonly FieldSpec[]>();
  for (const key of new Set([...byLabel.keys(), ...byAlias.keys()])) {
    const labelled = byLabel.get(key) ?? [];
    candidates.set(key, [...labelled, ...(byAlias.get(key) ?? []).filter((field) => !labelled.includes(field))]);
  }
  candidatesByTemplate.set(template, candidates);
  return candidates;
}

function addCandidate(candidates: Map<string, FieldSpec[]>, key: string, field: FieldSpec): void {
  if (key === '') return;
  const fields = candidates.get(key);
  if (fields === undefined) candidates.set(key, [field]);
  else if (!fields.includes(field)) fields.push(field);
}

function mapColumns(grid: Grid, headerIndex: number, headers: readonly string[], keys: readonly string[], template: Template): MappedColumn[] {
  const candidates = candidatesOf(template);
  const taken = new Set<string>();
  const columns: MappedColumn[] = [];
  headers.forEach((header, columnIndex) => {
    const field = (candidates.get(keys[columnIndex] ?? '') ?? noCandidates).find(
      (candidate) => !taken.has(candidate.id) && (!candidate.onlyWhenValuesMatch || valuesFit(grid, headerIndex, columnIndex, candidate)),
    );
    if (field === undefined) return;
    taken.add(field.id);
    columns.push({ field, columnIndex, header });
  });
  return columns;
}

/**
 * Whether a column's values are this field's options: "党籍状态" holds 正式/预备 in many local sheets but
 * 正常/停止党籍 in the national form (RULES.md §1.3), so the values decide. A column with no values yet
 * goes to the first candidate, and a field's own label is tried before other fields' aliases.
 */
function valuesFit(grid: Grid, headerIndex: number, columnIndex: number, field: FieldSpec): boolean {
  const lookup = enumLookup(field);
  let seen = 0;
  let fitting = 0;
  const end = Math.min(grid.values.length, headerIndex + 1 + VALUE_SAMPLE_ROWS);
  for (let rowIndex = headerIndex + 1; rowIndex < end && seen < VALUE_SAMPLE_SIZE; rowIndex += 1) {
    const cell = grid.values[rowIndex]?.[columnIndex];
    if (typeof cell !== 'string' || isBlank(cell)) continue;
    seen += 1;
    if (lookup.has(cleanText(cell).value.toLowerCase())) fitting += 1;
  }
  return seen === 0 || fitting * 2 >= seen;
}
