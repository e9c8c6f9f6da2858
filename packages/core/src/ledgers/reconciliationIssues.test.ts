import { describe, expect, it } from '@jest/globals';
import { isReconciled, needsReconciliation, withIssues } from './reconciliationIssues';
import type { Issue, SheetReport } from '../report/Issue';

describe('which sheets reconciliation takes', () => {
  it('needs a roster beside a ledger compared with it', () => {
    expect(needsReconciliation(['roster', 'organisation'])).toBe(true);
    expect(needsReconciliation(['roster', 'dues-payments', null])).toBe(true);
    expect(needsReconciliation(['roster', 'meetings'])).toBe(false);
    expect(needsReconciliation(['organisation', 'dues'])).toBe(false);
    expect(needsReconciliation(['roster', 'roster'])).toBe(false);
  });

  it('takes the roster and the compared ledgers, not meetings or custom ledgers', () => {
    expect(['roster', 'organisation', 'development', 'dues', 'dues-payments', 'meetings', 'volunteer', null].filter(isReconciled)).toEqual([
      'roster',
      'organisation',
      'development',
      'dues',
      'dues-payments',
    ]);
  });
});

describe('withIssues', () => {
  const report: SheetReport = { sheet: '党组织', template: 'organisation', headerRow: 1, dataRows: [2, 3], columns: [], issues: [], counts: { error: 0, warning: 0, info: 0 } };
  const warning: Issue = { row: 3, column: 'C', header: '党员数', field: 'members', rule: 'reconcile.memberCount', severity: 'warning', message: '…', params: {} };

  it('adds the issues and recounts, and leaves a report with none to add as it is', () => {
    expect(withIssues(report, [warning])).toMatchObject({ issues: [warning], counts: { error: 0, warning: 1, info: 0 } });
    expect(withIssues(report, [])).toBe(report);
  });
});
