import type { CellValue } from '../grid/Grid';
import { cleanText } from '../text/cleanText';
import type { FieldSpec } from '../templates/Template';
import type { CellFinding } from '../report/Finding';
import { addCleaningFinding } from './normalizeText';
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

/** What an enum cell's text was found to be, remembered per field. */
interface EnumResult {
  readonly value: string | undefined;
  readonly findings: readonly CellFinding[];
}

/** Texts remembered per field: enum columns repeat a handful of spellings down 100,000s of rows. */
const MAX_REMEMBERED_TEXTS = 1000;
const resultsByText = new WeakMap<FieldSpec, Map<string, EnumResult>>();

/**
 * The normalizer of one enum field: maps a cell to one of the field's options, a known other spelling
 * becoming a safe fix to the canonical one. The field's remembered texts are found once, when a sheet's
 * columns are set up, not for every cell.
 */
export function enumNormalizer(spec: FieldSpec): (cell: Exclude<CellValue, null>, found: CellFinding[]) => string | undefined {
  let results = resultsByText.get(spec);
  if (results === undefined) {
    results = new Map();
    resultsByText.set(spec, results);
  }
  const remembered = results;
  return (cell, found) => {
    const text = typeof cell === 'string' ? cell : undefined;
    let result = text === undefined ? undefined : remembered.get(text);
    if (result === undefined) {
      result = enumResult(spec, cell);
      if (text !== undefined && remembered.size < MAX_REMEMBERED_TEXTS) remembered.set(text, result);
    }
    for (let index = 0; index < result.findings.length; index += 1) found.push(result.findings[index] as CellFinding);
    return result.value;
  };
}

function enumResult(spec: FieldSpec, cell: Exclude<CellValue, null>): EnumResult {
  const cleaned = cleanText(textOfCell(cell));
  const match = enumLookup(spec).get(keyOf(cleaned.value));
  if (match === undefined) {
    const allowed = (spec.options ?? []).map((option) => option.value);
    const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join('、')}等` : allowed.join('、');
    return { value: undefined, findings: [{ code: 'field.enum', params: { allowed: shown }, severity: 'error' }] };
  }
  if (match.fixable) {
    return { value: match.value, findings: [{ code: 'field.alias', params: { canonical: match.value }, severity: 'info', fix: match.value }] };
  }
  const findings: CellFinding[] = [];
  if (typeof cell === 'string') addCleaningFinding(cleaned, findings);
  return { value: match.value, findings };
}
