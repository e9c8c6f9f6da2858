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

/** Turns one cell into the field's normalized value, with what was wrong or safely fixable. */
export function normalizeField(spec: FieldSpec, cell: CellValue | undefined, context: NormalizeContext): FieldResult {
  if (cell === undefined || cell === null || isBlank(cell)) return EMPTY;
  if (isCellError(cell)) return { findings: [{ code: 'cell.error', params: { value: cell.code }, severity: 'error' }] };
  const result = normalizeByType(spec, cell, context);
  if (result.value === undefined) return result;
  const violations = constraintFindings(spec, result.value);
  return violations.length === 0 ? result : { findings: [...result.findings, ...violations] };
}

function normalizeByType(spec: FieldSpec, cell: Exclude<CellValue, null>, context: NormalizeContext): FieldResult {
  switch (spec.type) {
    case 'text':
      return normalizeText(cell);
    case 'enum':
      return normalizeEnum(spec, cell);
    case 'date':
      return normalizeDate(cell, context);
    case 'idNumber':
      return normalizeIdNumber(cell, context);
    case 'phone':
      return normalizePhone(cell);
    case 'integer':
      return normalizeNumber(cell, true);
    case 'number':
      return normalizeNumber(cell, false);
  }
}
