import type { Issue, SheetReport } from '@taizhang/core';

/** Issues that sit in a cell of a mapped column; a missing column, say, has no cell to highlight. */
export function cellIssues(report: SheetReport): Issue[] {
  const mapped = new Set(report.columns.map((column) => `${column.field}@${column.column}`));
  return report.issues.filter((issue) => mapped.has(`${issue.field}@${issue.column}`));
}
