import { today } from '../dates/dateMath';
import type { PartialDate } from '../dates/PartialDate';
import { columnLetter } from '../grid/columnLetter';
import type { Grid } from '../grid/Grid';
import { detectHeader, headerForTemplate } from '../header/detectHeader';
import type { HeaderMatch } from '../header/HeaderMatch';
import { uniqueFields } from '../checks/uniqueFields';
import { fieldNormalizer, type FieldNormalizer } from '../fields/fieldNormalizer';
import { formatMessage } from '../messages/formatMessage';
import type { DataRow, FieldValue } from '../report/DataRow';
import type { CellFinding, Finding } from '../report/Finding';
import type { Issue, SheetReport } from '../report/Issue';
import { builtInTemplates } from '../templates/builtInTemplates';
import type { RowContext, Template } from '../templates/Template';
import { countBySeverity } from './countBySeverity';
import { dataRowIndices } from './dataRowIndices';

export interface CheckOptions {
  /** The date time-dependent rules are judged at; today by default. */
  readonly asOf?: PartialDate;
  /** Check as this template instead of detecting one from the header. */
  readonly templateId?: string;
  readonly templates?: readonly Template[];
}

export interface CheckResult {
  readonly report: SheetReport;
  readonly rows: readonly DataRow[];
}

/** Checks one sheet: finds its header and template, normalizes every data cell and runs the rules. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): CheckResult {
  const asOf = options.asOf ?? today();
  const templates = options.templates ?? builtInTemplates;
  const chosen = options.templateId === undefined ? undefined : templates.find((template) => template.id === options.templateId);
  if (options.templateId !== undefined && chosen === undefined) {
    return skipped(grid, `未知的台账模板"${options.templateId}"`);
  }
  const match = chosen ? headerForTemplate(grid, chosen) : detectHeader(grid, templates);
  if (match === undefined || match.columns.length === 0) {
    return skipped(grid, '未识别出台账表头（如"姓名""入党时间"等列）');
  }
  return checkRows(grid, match, asOf);
}

function skipped(grid: Grid, reason: string): CheckResult {
  return {
    report: { sheet: grid.sheet, template: null, headerRow: null, dataRows: null, columns: [], issues: [], counts: countBySeverity([]), skipped: reason },
    rows: [],
  };
}

/**
 * A row while it is checked, and the DataRow it becomes: one object per row, as a city's roster has
 * 500,000 of them. `invalid` is replaced by a Set of its own at the row's first error.
 */
type CheckedRow = { -readonly [K in keyof RowContext]: K extends 'invalid' ? Set<string> : RowContext[K] } & { readonly row: number };

// Shared by the rows without an error, most rows of a large sheet, where a Set each costs 100+ bytes a
// row; markInvalid never adds to it.
const noInvalidFields = new Set<string>();

function markInvalid(row: CheckedRow, field: string): void {
  if (row.invalid === noInvalidFields) row.invalid = new Set([field]);
  else row.invalid.add(field);
}

/** How one column of the sheet is read: its field, where it is, and its normalizer. */
interface ColumnPlan {
  readonly id: string;
  readonly columnIndex: number;
  readonly required: boolean;
  readonly normalize: FieldNormalizer;
}

function checkRows(grid: Grid, match: HeaderMatch, asOf: PartialDate): CheckResult {
  const { template } = match;
  const context = { asOf, dateSystem: grid.dateSystem ?? 1900 } as const;
  const mapped = new Set(match.columns.map((column) => column.field.id));
  const findings: Finding[] = missingColumns(template, mapped, match.headerIndex);
  // Every row's values hold the sheet's fields in one order, empty ones as undefined: rules and
  // summaries then read objects of one shape (two where `derive` adds a field to some rows) instead of
  // one shape per pattern of blank cells.
  const blankValues: Record<string, FieldValue | undefined> = {};
  for (const { field } of match.columns) blankValues[field.id] = undefined;
  const plans = match.columns.map(({ field, columnIndex }): ColumnPlan => ({ id: field.id, columnIndex, required: field.required === true, normalize: fieldNormalizer(field, context) }));
  // What normalizing one cell found, emptied after each cell: most cells find nothing.
  const found: CellFinding[] = [];
  // Indexed loops rather than for…of: for each of a city's 500,000 rows V8 kept stepping array iterators
  // here, over the columns, each cell's findings and each rule's, some 4% of the check.
  const checkRow = (rowIndex: number): CheckedRow => {
    const cells = grid.values[rowIndex] ?? [];
    const values = { ...blankValues };
    const row: CheckedRow = { row: grid.origin.row + rowIndex, rowIndex, values: values as Record<string, FieldValue>, invalid: noInvalidFields, mapped, asOf };
    for (let column = 0; column < plans.length; column += 1) {
      const { id, columnIndex, required, normalize } = plans[column] as ColumnPlan;
      const value = normalize(cells[columnIndex], found);
      if (found.length > 0) {
        for (let index = 0; index < found.length; index += 1) {
          const finding = found[index] as CellFinding;
          findings.push({ ...finding, field: id, rowIndex } as Finding);
          if (finding.severity === 'error') markInvalid(row, id);
        }
        found.length = 0;
      }
      if (value !== undefined) values[id] = value;
      else if (required && !row.invalid.has(id)) {
        findings.push({ code: 'field.required', params: {}, field: id, rowIndex, severity: 'error' });
        markInvalid(row, id);
      }
    }
    if (template.derive) row.values = template.derive(row.values, row.invalid);
    for (const rule of template.rowRules) {
      const ruleFindings = rule(row);
      for (let index = 0; index < ruleFindings.length; index += 1) {
        const finding = ruleFindings[index] as Finding;
        findings.push(finding);
        if (finding.severity === 'error') markInvalid(row, finding.field);
      }
    }
    return row;
  };
  // Mapped rather than pushed: the list of a city's 500,000 rows is made once at its full size instead of
  // growing through copies that are garbage at the very point the check needs the most memory.
  const rowContexts = dataRowIndices(grid, match).map(checkRow);
  const table = { rows: rowContexts, asOf, rowNumber: (rowIndex: number) => grid.origin.row + rowIndex };
  for (const finding of [...uniqueFields(template.fields, table), ...template.tableRules.flatMap((rule) => rule(table))]) {
    findings.push(finding);
    const row = finding.severity === 'error' ? rowAt(rowContexts, finding.rowIndex) : undefined;
    if (row !== undefined) markInvalid(row, finding.field);
  }
  const issues = findings.map((finding) => toIssue(grid, match, finding)).sort(byPosition);
  const first = rowContexts[0];
  const last = rowContexts[rowContexts.length - 1];
  return {
    report: {
      sheet: grid.sheet,
      template: template.id,
      headerRow: grid.origin.row + match.headerIndex,
      dataRows: first && last ? [grid.origin.row + first.rowIndex, grid.origin.row + last.rowIndex] : null,
      columns: match.columns.map((column) => ({
        field: column.field.id,
        header: column.header,
        column: columnLetter(grid.origin.column + column.columnIndex),
      })),
      issues,
      counts: countBySeverity(issues),
    },
    rows: rowContexts,
  };
}

/** The checked row at a grid row index; rows are in ascending order. */
function rowAt(rows: readonly CheckedRow[], rowIndex: number): CheckedRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const row = rows[middle];
    if (row === undefined || row.rowIndex === rowIndex) return row;
    if (row.rowIndex < rowIndex) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function missingColumns(template: Template, mapped: ReadonlySet<string>, headerIndex: number): Finding[] {
  return template.fields
    .filter((field) => field.required === true && !mapped.has(field.id))
    .map((field) => ({ code: 'column.missing', params: { label: field.label }, field: field.id, rowIndex: headerIndex, severity: 'error' }));
}

function toIssue(grid: Grid, match: HeaderMatch, finding: Finding): Issue {
  const column = match.columns.find((candidate) => candidate.field.id === finding.field);
  const header = column?.header ?? match.template.fields.find((field) => field.id === finding.field)?.label ?? finding.field;
  const columnIndex = column?.columnIndex ?? 0;
  const issue: Issue = {
    row: grid.origin.row + finding.rowIndex,
    column: columnLetter(grid.origin.column + columnIndex),
    header,
    field: finding.field,
    rule: finding.code,
    severity: finding.severity,
    message: formatMessage(finding.code, finding.params, header, 'zh-CN'),
    params: finding.params,
  };
  return finding.fix === undefined ? issue : { ...issue, fix: finding.fix };
}

function byPosition(a: Issue, b: Issue): number {
  return a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column);
}
