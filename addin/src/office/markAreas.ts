import { columnNumber, type Issue, type Severity } from '@taizhang/core';

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export type MarkAreas = Readonly<Record<Severity, readonly string[]>>;

/**
 * The areas to highlight for each severity: one mark per cell, the most severe issue winning, and runs
 * of consecutive rows in one column merged (`E5:E9`) so a column of errors costs one area.
 */
export function markAreas(issues: readonly Pick<Issue, 'row' | 'column' | 'severity'>[]): MarkAreas {
  const worst = new Map<string, Pick<Issue, 'row' | 'column' | 'severity'>>();
  for (const issue of issues) {
    const key = `${issue.column}${issue.row}`;
    const seen = worst.get(key);
    if (seen === undefined || rank[issue.severity] < rank[seen.severity]) worst.set(key, issue);
  }
  const cells = [...worst.values()].sort((a, b) => columnNumber(a.column) - columnNumber(b.column) || a.row - b.row);
  const areas: Record<Severity, string[]> = { error: [], warning: [], info: [] };
  let start = cells[0];
  let end = cells[0];
  const close = () => {
    if (start === undefined || end === undefined) return;
    areas[start.severity].push(start.row === end.row ? `${start.column}${start.row}` : `${start.column}${start.row}:${end.column}${end.row}`);
  };
  for (const cell of cells.slice(1)) {
    if (end !== undefined && cell.column === end.column && cell.row === end.row + 1 && cell.severity === end.severity) {
      end = cell;
      continue;
    }
    close();
    start = cell;
    end = cell;
  }
  close();
  return areas;
}

/** Joins areas into comma-separated address lists of at most `maxLength` characters each. */
export function addressLists(areas: readonly string[], maxLength: number): string[] {
  const lists: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current !== '' && current.length + 1 + area.length > maxLength) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? area : `${current},${area}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}
