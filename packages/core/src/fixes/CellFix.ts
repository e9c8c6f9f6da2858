import type { CellValue } from '../grid/Grid';
import type { RuleCode } from '../report/Finding';

/** How the new value goes into the cell: as text, as a number, or as a real date (ISO `after`). */
export type FixKind = 'text' | 'number' | 'date';

/** One cell's safe correction: what it held, what it becomes, and the rule that says so. */
export interface CellFix {
  readonly sheet: string;
  /** Excel row number and column letter. */
  readonly row: number;
  readonly column: string;
  readonly field: string;
  readonly header: string;
  /** The rule whose value is written; when several rules fix one cell, the one whose value settles them all. */
  readonly rule: RuleCode;
  /** Every rule the new value settles, `rule` last. */
  readonly rules: readonly RuleCode[];
  /** The cell as it was, when the plan was made with the grid. */
  readonly before?: CellValue;
  /** The new value as text: `汉族`, `2010-07-01` for a date, `12.5` for a number. */
  readonly after: string;
  readonly kind: FixKind;
}
