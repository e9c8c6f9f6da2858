import type { CellValue } from '../grid/Grid';
import { isBlank, isCellError } from '../grid/Grid';
import type { FieldSpec } from '../templates/Template';
import { constraintFindings } from './fieldConstraints';
import type { FieldResult, NormalizeContext } from './FieldResult';
import { normalizeDate } from './normalizeDate';
import { normalizeEnum } from './normalizeEnum';
import { normalizeIdNumber } from './normalizeIdNumber';
import { normalizeNumber } from './normalizeNumber';
import { normalizePhone } from './normalizePhone';
import { normalizeText } from './normalizeText';

const EMPTY: FieldResult = { findings: [] };

/** Turns one cell of a field into its normalized value, with what was wrong or safely fixable. */
export type FieldNormalizer = (cell: CellValue | undefined) => FieldResult;

/**
 * The normalizer of one field in one sheet. Its type and constraints are looked at once, when the sheet's
 * columns are set up, rather than for each of a city's 500,000 cells in the column.
 */
export function fieldNormalizer(spec: FieldSpec, context: NormalizeContext): FieldNormalizer {
  const byType = typeNormalizer(spec, context);
  const constrained = spec.pattern !== undefined || spec.min !== undefined || spec.max !== undefined;
  return (cell) => {
    if (cell === undefined || cell === null || isBlank(cell)) return EMPTY;
    if (isCellError(cell)) return { findings: [{ code: 'cell.error', params: { value: cell.code }, severity: 'error' }] };
    const result = byType(cell);
    if (!constrained || result.value === undefined) return result;
    const violations = constraintFindings(spec, result.value);
    return violations.length === 0 ? result : { findings: [...result.findings, ...violations] };
  };
}

function typeNormalizer(spec: FieldSpec, context: NormalizeContext): (cell: Exclude<CellValue, null>) => FieldResult {
  switch (spec.type) {
    case 'text':
      return normalizeText;
    case 'enum':
      return (cell) => normalizeEnum(spec, cell);
    case 'date':
      return (cell) => normalizeDate(cell, context);
    case 'idNumber':
      return (cell) => normalizeIdNumber(cell, context);
    case 'phone':
      return normalizePhone;
    case 'integer':
      return (cell) => normalizeNumber(cell, true);
    case 'number':
      return (cell) => normalizeNumber(cell, false);
  }
}
