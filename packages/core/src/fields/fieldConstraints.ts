import { z } from '../schema/z';
import type { CellFinding } from '../report/Finding';
import type { FieldValue } from '../report/DataRow';
import type { FieldSpec } from '../templates/Template';

const schemas = new WeakMap<FieldSpec, z.ZodType | null>();
const none: readonly CellFinding[] = [];

/** The zod schema of a field's pattern and bounds, compiled once per field; null when it has none. */
function constraintSchema(spec: FieldSpec): z.ZodType | null {
  const cached = schemas.get(spec);
  if (cached !== undefined) return cached;
  let schema: z.ZodType | null = null;
  if (spec.pattern !== undefined) {
    schema = z.string().regex(new RegExp(spec.pattern, 'u'));
  } else if (spec.min !== undefined || spec.max !== undefined) {
    let number = z.number();
    if (spec.min !== undefined) number = number.min(spec.min);
    if (spec.max !== undefined) number = number.max(spec.max);
    schema = number;
  }
  schemas.set(spec, schema);
  return schema;
}

/** Checks a normalized value against the field's pattern or bounds, mapping zod's issues to our codes. */
export function constraintFindings(spec: FieldSpec, value: FieldValue): readonly CellFinding[] {
  // Most fields have no constraint: answer every one of their cells without a lookup.
  if (spec.pattern === undefined && spec.min === undefined && spec.max === undefined) return none;
  const schema = constraintSchema(spec);
  if (schema === null || (typeof value !== 'string' && typeof value !== 'number')) return none;
  const result = schema.safeParse(value);
  if (result.success) return none;
  return result.error.issues.slice(0, 1).map((issue): CellFinding => {
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      return { code: 'field.range', params: { min: String(spec.min ?? ''), max: String(spec.max ?? '') }, severity: 'error' };
    }
    return { code: 'field.pattern', params: { expected: spec.pattern ?? '' }, severity: 'error' };
  });
}
