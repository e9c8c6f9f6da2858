import type { PartialDate } from '../dates/PartialDate';

/** A normalized cell value: canonical text, a number, a yes/no, or a date with its precision. */
export type FieldValue = string | number | boolean | PartialDate;

/** One data row after normalization, keyed by template field id, for statistics and summaries. */
export interface DataRow {
  /** Excel row number. */
  readonly row: number;
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Fields that carry an error: tables needing them leave the row out and count it as 未计入. */
  readonly invalid: ReadonlySet<string>;
}
