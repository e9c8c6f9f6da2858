import type { CellValue } from '../grid/Grid';
import { cleanText } from '../text/cleanText';
import type { FieldSpec } from '../templates/Template';
import type { FieldResult } from './FieldResult';
import { cleaningFindings } from './normalizeText';
import { textOfCell } from './textOfCell';

interface EnumMatch {
  readonly value: string;
  /** True when the spelling is non-standard and should be replaced by `value`. */
  readonly fixable: boolean;
}

const lookups = new WeakMap<FieldSpec, ReadonlyMap<string, EnumMatch>>();

function keyOf(text: string): string {
  return text.toLowerCase();
}

/** Canonical value by every accepted spelling, built once per field. */
export function enumLookup(spec: FieldSpec): ReadonlyMap<string, EnumMatch> {
  const cached = lookups.get(spec);
  if (cached) return cached;
  const lookup = new Map<string, EnumMatch>();
  for (const option of spec.options ?? []) {
    for (const alias of option.aliases ?? []) lookup.set(keyOf(alias), { value: option.value, fixable: true });
    for (const synonym of option.synonyms ?? []) lookup.set(keyOf(synonym), { value: option.value, fixable: false });
    lookup.set(keyOf(option.value), { value: option.value, fixable: false });
  }
  lookups.set(spec, lookup);
  return lookup;
}

/** Texts remembered per field: enum columns repeat a handful of spellings down 100,000s of rows. */
const MAX_REMEMBERED_TEXTS = 1000;
const resultsByText = new WeakMap<FieldSpec, Map<string, FieldResult>>();

/** Maps a cell to one of the field's options; a known other spelling becomes a safe fix to the canonical one. */
export function normalizeEnum(spec: FieldSpec, cell: Exclude<CellValue, null>): FieldResult {
  if (typeof cell !== 'string') return normalizeEnumCell(spec, cell);
  let results = resultsByText.get(spec);
  if (results === undefined) {
    results = new Map();
    resultsByText.set(spec, results);
  }
  const remembered = results.get(cell);
  if (remembered !== undefined) return remembered;
  const result = normalizeEnumCell(spec, cell);
  if (results.size < MAX_REMEMBERED_TEXTS) results.set(cell, result);
  return result;
}

function normalizeEnumCell(spec: FieldSpec, cell: Exclude<CellValue, null>): FieldResult {
  const cleaned = cleanText(textOfCell(cell));
  const match = enumLookup(spec).get(keyOf(cleaned.value));
  if (match === undefined) {
    const allowed = (spec.options ?? []).map((option) => option.value);
    const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join('、')}等` : allowed.join('、');
    return { findings: [{ code: 'field.enum', params: { allowed: shown }, severity: 'error' }] };
  }
  if (match.fixable) {
    return { value: match.value, findings: [{ code: 'field.alias', params: { canonical: match.value }, severity: 'info', fix: match.value }] };
  }
  return { value: match.value, findings: typeof cell === 'string' ? cleaningFindings(cleaned) : [] };
}
