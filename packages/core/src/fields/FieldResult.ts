import type { PartialDate } from '../dates/PartialDate';
import type { CellFinding } from '../report/Finding';
import type { FieldValue } from '../report/DataRow';

/** A normalized cell: its value when it has a usable one, and what was wrong or fixable about it. */
export interface FieldResult {
  readonly value?: FieldValue;
  readonly findings: readonly CellFinding[];
}

export interface NormalizeContext {
  readonly asOf: PartialDate;
  readonly dateSystem: 1900 | 1904;
}
