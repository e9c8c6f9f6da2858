import { columnNumber } from '../grid/columnLetter';
import type { CellValue, Grid } from '../grid/Grid';
import type { RuleCode } from '../report/Finding';
import type { Issue, SheetReport } from '../report/Issue';
import type { CellFix } from './CellFix';
import { fixKindOf, fixPrecedence } from './fixableRules';

export interface PlanOptions {
  /** Only fixes of these rules (all rules with a fix by default). */
  readonly rules?: readonly RuleCode[];
  /** The grid the report was made from, to record each cell's value before the fix. */
  readonly grid?: Grid;
}

/**
 * The safe corrections of a checked sheet, one per cell, in sheet order. Only issues that carry a fix
 * are taken: the core attaches one only when the correction is certain, so anything that needs a person
 * to decide is never in the plan. Several fixes of one cell become one, written with the value of the
 * rule that ranks last (`fixableRules`), which includes the others.
 */
export function planFixes(report: SheetReport, options: PlanOptions = {}): CellFix[] {
  const wanted = options.rules === undefined ? undefined : new Set(options.rules);
  const byCell = new Map<string, Issue[]>();
  for (const issue of report.issues) {
    if (issue.fix === undefined || (wanted !== undefined && !wanted.has(issue.rule))) continue;
    const key = `${issue.column}${issue.row}`;
    byCell.set(key, [...(byCell.get(key) ?? []), issue]);
  }
  const fixes = [...byCell.values()].map((issues) => cellFix(report.sheet, issues, options.grid));
  return fixes.sort((a, b) => a.row - b.row || columnNumber(a.column) - columnNumber(b.column));
}

function cellFix(sheet: string, issues: readonly Issue[], grid: Grid | undefined): CellFix {
  const ordered = [...issues].sort((a, b) => fixPrecedence(a.rule) - fixPrecedence(b.rule));
  const last = ordered[ordered.length - 1];
  if (last?.fix === undefined) throw new RangeError('planFixes: a cell fix needs an issue with a fix');
  const fix: CellFix = {
    sheet,
    row: last.row,
    column: last.column,
    field: last.field,
    header: last.header,
    rule: last.rule,
    rules: [...new Set(ordered.map((issue) => issue.rule))],
    after: last.fix,
    kind: fixKindOf(last.rule),
  };
  return grid === undefined ? fix : { ...fix, before: cellAt(grid, last.row, last.column) };
}

function cellAt(grid: Grid, row: number, column: string): CellValue {
  return grid.values[row - grid.origin.row]?.[columnNumber(column) - grid.origin.column] ?? null;
}
