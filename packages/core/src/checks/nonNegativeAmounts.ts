import type { Finding } from '../report/Finding';
import type { RowRule } from '../templates/Template';

/** 党费 amounts and bases are sums of money received or paid: a negative one is a typing error. */
export function nonNegativeAmounts(fields: readonly string[]): RowRule {
  return (row) => {
    const findings: Finding[] = [];
    for (const field of fields) {
      const value = row.values[field];
      if (!row.invalid.has(field) && typeof value === 'number' && value < 0) {
        findings.push({ code: 'dues.negative', params: {}, field, rowIndex: row.rowIndex, severity: 'error' });
      }
    }
    return findings;
  };
}
