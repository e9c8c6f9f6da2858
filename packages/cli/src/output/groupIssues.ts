import type { Issue, RuleCode, Severity } from '@taizhang/core';

/** Issues with the same message, collapsed into one line with their cells. */
export interface IssueLine {
  /** Cell references in sheet order: "D5", "D9", "D12". */
  readonly cells: readonly string[];
  readonly message: string;
  /** The proposed value, when every collapsed issue proposes the same one. */
  readonly fix?: string;
}

export interface IssueGroup {
  readonly rule: RuleCode;
  readonly severity: Severity;
  readonly count: number;
  readonly lines: readonly IssueLine[];
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Issues grouped by rule, errors first, then in the order the sheet first shows them; within a rule,
 * identical messages become one line listing their cells, so forty text dates in one column read as
 * one line and not forty.
 */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const byRule = new Map<RuleCode, Issue[]>();
  for (const issue of [...issues].sort(bySheetPosition)) {
    const group = byRule.get(issue.rule);
    if (group) group.push(issue);
    else byRule.set(issue.rule, [issue]);
  }
  const groups = [...byRule.entries()].map(([rule, members]): IssueGroup => ({
    rule,
    severity: mostSevere(members),
    count: members.length,
    lines: collapse(members),
  }));
  // Array.prototype.sort is stable, so rules of one severity keep the order they first appear in.
  return groups.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

function collapse(issues: readonly Issue[]): IssueLine[] {
  const byMessage = new Map<string, Issue[]>();
  for (const issue of issues) {
    const same = byMessage.get(issue.message);
    if (same) same.push(issue);
    else byMessage.set(issue.message, [issue]);
  }
  return [...byMessage.entries()].map(([message, same]) => {
    const cells = same.map((issue) => `${issue.column}${issue.row}`);
    const fixes = new Set(same.map((issue) => issue.fix));
    const [fix] = fixes;
    return fixes.size === 1 && fix !== undefined ? { cells, message, fix } : { cells, message };
  });
}

function bySheetPosition(a: Issue, b: Issue): number {
  if (a.row !== b.row) return a.row - b.row;
  // Column letters sort as numbers do once the shorter one comes first: Z before AA.
  return a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0);
}

function mostSevere(issues: readonly Issue[]): Severity {
  return issues.reduce<Severity>(
    (worst, issue) => (severityOrder[issue.severity] < severityOrder[worst] ? issue.severity : worst),
    'info',
  );
}
