import { describe, expect, it } from '@jest/globals';
import type { DataRow } from '../report/DataRow';
import { buildLedgerSummary, isLedgerSummaryTemplate, ledgerSummaryTemplates } from './buildLedgerSummary';

const asOf = { year: 2026, month: 12, day: 31 };
const row = (values: DataRow['values']): DataRow => ({ row: 2, values, invalid: new Set() });

describe('buildLedgerSummary', () => {
  it('builds the summary of the ledger the sheet was checked as', () => {
    const rows = [row({ orgName: '某县财政局党支部', kind: '党支部', members: 12, lastGrade: '一般', grade: '先进', improved: '是' })];
    const organisation = buildLedgerSummary('organisation', { rows, asOf, sources: [{ sheet: '党组织', rows: 1 }] });
    expect(organisation.template).toBe('organisation');
    expect(organisation.headline['branches']?.count).toBe(1);
    expect(ledgerSummaryTemplates.map((template) => buildLedgerSummary(template, { rows: [], asOf, sources: [] }).template)).toEqual([
      'organisation',
      'development',
      'dues',
      'dues-payments',
      'meetings',
    ]);
  });

  it('knows which templates it covers', () => {
    expect(isLedgerSummaryTemplate('dues-payments')).toBe(true);
    expect(isLedgerSummaryTemplate('roster')).toBe(false);
    expect(isLedgerSummaryTemplate(null)).toBe(false);
  });

  it('wants an as-of date to the day', () => {
    expect(() => buildLedgerSummary('meetings', { rows: [], asOf: { year: 2026, month: 12 }, sources: [] })).toThrow(RangeError);
  });
});
