import type { FieldValue } from '../report/DataRow';
import type { RowContext } from '../templates/Template';

/** A row as the rules see it, for rule tests: every given field is mapped and valid unless listed. */
export function rowContext(values: Record<string, FieldValue>, options: { invalid?: string[]; mapped?: string[]; asOf?: RowContext['asOf'] } = {}): RowContext {
  return {
    rowIndex: 4,
    values,
    invalid: new Set(options.invalid ?? []),
    mapped: new Set(options.mapped ?? Object.keys(values)),
    asOf: options.asOf ?? { year: 2026, month: 11, day: 22 },
  };
}
