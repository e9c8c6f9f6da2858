import type { CellValue } from '../grid/Grid';
import { isBlank, isCellError } from '../grid/Grid';
import type { FieldValue } from '../report/DataRow';
import type { CellFinding } from '../report/Finding';
import type { FieldSpec } from '../templates/Template';
import { looksEmpty } from '../text/cleanText';
import { constraintFindings } from './fieldConstraints';
import type { NormalizeContext } from './NormalizeContext';
import { normalizeDate } from './normalizeDate';
import { enumNormalizer } from './enumNormalizer';
import { normalizeIdNumber } from './normalizeIdNumber';
import { normalizeNumber } from './normalizeNumber';
import { normalizePhone } from './normalizePhone';
import { normalizeText } from './normalizeText';

/**
 * Turns one cell of a field into its normalized value, adding what was wrong or safely fixable to `found`.
 * Findings are added to a list the caller gives, rather than returned with the value, as most cells have
 * none: a city's 7,000,000 cells then need no result object each.
 */
export type FieldNormalizer = (cell: CellValue | undefined, found: CellFinding[]) => FieldValue | undefined;

/**
 * The normalizer of one field in one sheet. Its type and constraints are looked at once, when the sheet's
 * columns are set up, rather than for each of a city's 500,000 cells in the column.
 */
export function fieldNormalizer(spec: FieldSpec, context: NormalizeContext): FieldNormalizer {
  const byType = typeNormalizer(spec, context);
  const constrained = spec.pattern !== undefined || spec.min !== undefined || spec.max !== undefined;
  return (cell, found) => {
    if (cell === undefined || cell === null || isBlank(cell)) return undefined;
    if (isCellError(cell)) {
      found.push({ code: 'cell.error', params: { value: cell.code }, severity: 'error' });
      return undefined;
    }
    // A zero-width space pasted from a web page or a chat app looks like an empty cell, in any column: it
    // is read as one, and the fix clears it.
    if (typeof cell === 'string' && looksEmpty(cell)) {
      found.push({ code: 'text.whitespace', params: {}, severity: 'info', fix: '' });
      return undefined;
    }
    const value = byType(cell, found);
    if (!constrained || value === undefined) return value;
    const violations = constraintFindings(spec, value);
    // A value outside the field's pattern or bounds is not kept.
    for (const violation of violations) found.push(violation);
    return violations.length === 0 ? value : undefined;
  };
}

function typeNormalizer(spec: FieldSpec, context: NormalizeContext): (cell: Exclude<CellValue, null>, found: CellFinding[]) => FieldValue | undefined {
  switch (spec.type) {
    case 'text':
      return normalizeText;
    case 'enum':
      return enumNormalizer(spec);
    case 'date':
      return (cell, found) => normalizeDate(cell, context, found);
    case 'idNumber':
      return (cell, found) => normalizeIdNumber(cell, context, found);
    case 'phone':
      return normalizePhone;
    case 'integer':
      return (cell, found) => normalizeNumber(cell, true, found);
    case 'number':
      return (cell, found) => normalizeNumber(cell, false, found);
  }
}
