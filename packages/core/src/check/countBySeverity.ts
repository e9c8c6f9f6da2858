import type { Issue, SeverityCounts } from '../report/Issue';

export function countBySeverity(issues: readonly Pick<Issue, 'severity'>[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}
