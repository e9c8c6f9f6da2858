import { noFindings } from '../report/Finding';
import { expectedMonthlyDues, isDuesPersonType, permilleText, yuanText, type DuesPersonType, type DuesRounding, type ExpectedDues } from '../codes/duesRates';
import type { RowContext, RowRule } from '../templates/Template';
import { asNumber, asText, soundValues } from './rowValues';

// Within 0.01元 (one 分) of the computed amount.
const TOLERANCE_FEN = 1;

function personType(row: RowContext): DuesPersonType | undefined {
  // A sheet with no 人员类型 column is a list of members in work, the usual 机关 case.
  if (!row.mapped.has('personType')) return '在职';
  const stated = asText(soundValues(row)['personType']);
  return isDuesPersonType(stated) ? stated : undefined;
}

function explain(expected: ExpectedDues, type: DuesPersonType, base: number | undefined): { expected: string; basis: string } {
  switch (expected.kind) {
    case 'rate':
      return { expected: yuanText(expected.fen), basis: `${type} ${base ?? ''} × ${permilleText(expected.permille)}` };
    case 'flat':
      return { expected: yuanText(expected.fen), basis: `${type} ${yuanText(expected.fen)}` };
    case 'range':
      return { expected: `${yuanText(expected.minFen)}～${yuanText(expected.maxFen)}`, basis: `${type} ${yuanText(expected.minFen)}～${yuanText(expected.maxFen)}` };
  }
}

/**
 * 月应缴党费 equals the bracket rate × the 计算基数 (全额累进, 党费规定第二条, 离退休 rates, 第六条 flat
 * amounts; RULES.md §3), rounded as configured, within 0.01元. A blank amount the base fixes is offered
 * as a fix.
 */
export function duesAmount(rounding: DuesRounding): RowRule {
  return (row) => {
    const type = personType(row);
    if (type === undefined || row.invalid.has('monthlyDue') || row.invalid.has('base')) return noFindings;
    const values = soundValues(row);
    const base = asNumber(values['base']);
    const expected = expectedMonthlyDues(type, base, rounding);
    if (expected === undefined) return noFindings;
    const text = explain(expected, type, base);
    const actual = asNumber(values['monthlyDue']);
    if (actual === undefined) {
      if (!row.mapped.has('monthlyDue') || expected.kind === 'range') return noFindings;
      return [{ code: 'dues.amountMissing', params: text, field: 'monthlyDue', rowIndex: row.rowIndex, severity: 'info', fix: text.expected }];
    }
    const fen = Math.round(actual * 100);
    const low = expected.kind === 'range' ? expected.minFen : expected.fen;
    const high = expected.kind === 'range' ? expected.maxFen : expected.fen;
    if (fen >= low - TOLERANCE_FEN && fen <= high + TOLERANCE_FEN) return noFindings;
    return [{ code: 'dues.amountMismatch', params: { actual: yuanText(fen), ...text }, field: 'monthlyDue', rowIndex: row.rowIndex, severity: 'error' }];
  };
}
