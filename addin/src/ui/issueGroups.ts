import { formatIssueMessage, ruleTitle, type Issue, type Locale, type RuleCode, type Severity } from '@taizhang/core';

/** The same problem in the same column, collapsed with the rows it occurs in. */
export interface IssueEntry {
  readonly key: string;
  readonly severity: Severity;
  readonly column: string;
  readonly message: string;
  /** In row order. */
  readonly issues: readonly Issue[];
}

export interface IssueGroup {
  readonly rule: RuleCode;
  readonly severity: Severity;
  readonly title: string;
  readonly entries: readonly IssueEntry[];
  readonly count: number;
}

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Issues grouped by rule (errors first, then by how often a rule fires), and within a rule the identical
 * problems of one column collapsed into one entry with their rows.
 */
export function groupIssues(issues: readonly Issue[], locale: Locale, shown: ReadonlySet<Severity>): IssueGroup[] {
  const groups = new Map<RuleCode, { severity: Severity; entries: Map<string, { message: string; column: string; severity: Severity; issues: Issue[] }> }>();
  for (const issue of issues) {
    if (!shown.has(issue.severity)) continue;
    const message = locale === 'zh-CN' ? issue.message : formatIssueMessage(issue, locale);
    const group = groups.get(issue.rule) ?? { severity: issue.severity, entries: new Map() };
    if (rank[issue.severity] < rank[group.severity]) group.severity = issue.severity;
    groups.set(issue.rule, group);
    const key = `${issue.column}\u0000${message}`;
    const entry = group.entries.get(key) ?? { message, column: issue.column, severity: issue.severity, issues: [] };
    entry.issues.push(issue);
    group.entries.set(key, entry);
  }
  return [...groups.entries()]
    .map(([rule, group]) => {
      const entries = [...group.entries.entries()].map(([key, entry]) => ({ key: `${rule}\u0000${key}`, ...entry, issues: [...entry.issues].sort((a, b) => a.row - b.row) }));
      entries.sort((a, b) => (a.issues[0]?.row ?? 0) - (b.issues[0]?.row ?? 0));
      return { rule, severity: group.severity, title: ruleTitle(rule, locale), entries, count: entries.reduce((sum, entry) => sum + entry.issues.length, 0) };
    })
    .sort((a, b) => rank[a.severity] - rank[b.severity] || b.count - a.count);
}

/** Every issue in the order the list shows them: what 上一个/下一个 walk through. */
export function walkOrder(groups: readonly IssueGroup[]): Issue[] {
  return groups.flatMap((group) => group.entries.flatMap((entry) => entry.issues));
}
