import { describe, expect, it } from '@jest/globals';
import { defaultDuesRounding } from '../codes/duesRates';
import type { FieldValue } from '../report/DataRow';
import type { RowContext } from '../templates/Template';
import { rowContext } from '../testing/rowContext';
import { duesAmount } from './duesAmount';
import { monthFields } from './duesMonths';
import { nonNegativeAmounts } from './nonNegativeAmounts';
import { payMonthRange } from './payMonthRange';
import { unpaidMonths } from './unpaidMonths';
import { unpaidPayments } from './unpaidPayments';

const check = duesAmount(defaultDuesRounding);
const mapped = ['name', 'personType', 'base', 'monthlyDue'];

describe('duesAmount (全额累进, 党费规定)', () => {
  it('accepts the bracket amount within 0.01元', () => {
    expect(check(rowContext({ personType: '在职', base: 5100, monthlyDue: 76.5 }))).toEqual([]);
    expect(check(rowContext({ personType: '在职', base: 3333.33, monthlyDue: 33.34 }))).toEqual([]);
    expect(check(rowContext({ personType: '离退休', base: 4800, monthlyDue: 24 }))).toEqual([]);
    expect(check(rowContext({ personType: '学生', monthlyDue: 0.2 }))).toEqual([]);
    expect(check(rowContext({ personType: '农民', monthlyDue: 0.5 }))).toEqual([]);
  });
  it('flags an amount computed with the wrong bracket (超额累进) or the wrong rate', () => {
    // 超额累进 would give 3000×0.5% + 2000×1% + 100×1.5% = 36.5; the rule is 5100 × 1.5% = 76.5.
    expect(check(rowContext({ personType: '在职', base: 5100, monthlyDue: 36.5 }))).toEqual([
      {
        code: 'dues.amountMismatch',
        params: { actual: '36.50', expected: '76.50', basis: '在职 5100 × 1.5%' },
        field: 'monthlyDue',
        rowIndex: 4,
        severity: 'error',
      },
    ]);
    expect(check(rowContext({ personType: '离退休', base: 6200, monthlyDue: 93 }))[0]?.params).toEqual({ actual: '93.00', expected: '62.00', basis: '离退休 6200 × 1%' });
    expect(check(rowContext({ personType: '学生', monthlyDue: 1 }))[0]?.params).toEqual({ actual: '1.00', expected: '0.20', basis: '学生 0.20' });
    expect(check(rowContext({ personType: '农民', monthlyDue: 2 }))[0]?.params).toEqual({ actual: '2.00', expected: '0.20～1.00', basis: '农民 0.20～1.00' });
  });
  it('takes a sheet without 人员类型 for members in work, and offers the amount for a blank cell', () => {
    expect(check(rowContext({ base: 12000, monthlyDue: 180 }, { mapped: ['base', 'monthlyDue'] }))[0]?.params).toMatchObject({ expected: '240.00' });
    expect(check(rowContext({ personType: '在职', base: 4200 }, { mapped }))).toEqual([
      { code: 'dues.amountMissing', params: { expected: '42.00', basis: '在职 4200 × 1%' }, field: 'monthlyDue', rowIndex: 4, severity: 'info', fix: '42.00' },
    ]);
  });
  it('follows the configured rounding', () => {
    expect(duesAmount({ step: 0.1, mode: 'halfUp' })(rowContext({ personType: '在职', base: 4567.5, monthlyDue: 45.7 }))).toEqual([]);
    expect(check(rowContext({ personType: '在职', base: 4567.5, monthlyDue: 45.7 }))).toHaveLength(1);
  });
});

describe('nonNegativeAmounts', () => {
  it('flags negative amounts', () => {
    expect(nonNegativeAmounts(['base', 'm1'])(rowContext({ base: -5100, m1: 76.5 }))).toEqual([
      { code: 'dues.negative', params: {}, field: 'base', rowIndex: 4, severity: 'error' },
    ]);
  });
});

describe('unpaidMonths (党章: 连续六个月不交纳党费)', () => {
  const months = (paid: readonly (number | undefined)[]): Record<string, FieldValue> => {
    const values: Record<string, FieldValue> = {};
    paid.forEach((amount, index) => {
      if (amount !== undefined) values[`m${index + 1}`] = amount;
    });
    return values;
  };
  const row = (paid: readonly (number | undefined)[], asOf = { year: 2026, month: 11, day: 22 }) =>
    rowContext(months(paid), { mapped: [...monthFields], asOf });
  it('flags six months unpaid among the months already over', () => {
    expect(unpaidMonths(row([76.5, 76.5, 76.5, 76.5, undefined, undefined, undefined, 0, undefined, undefined]))).toEqual([
      { code: 'dues.unpaidRun', params: { from: '5月', to: '10月', months: 6 }, field: 'm5', rowIndex: 4, severity: 'warning' },
    ]);
  });
  it('does not count a month not yet over, nor a quarterly payer', () => {
    expect(unpaidMonths(row([76.5, 76.5, 76.5, 76.5, 76.5, undefined, undefined, undefined, undefined, undefined]))).toEqual([]);
    expect(unpaidMonths(row([229.5, undefined, undefined, 229.5, undefined, undefined, 229.5, undefined, undefined, 229.5, undefined, undefined], { year: 2026, month: 12, day: 31 }))).toEqual([]);
  });
});

describe('payMonthRange', () => {
  it('flags a span that ends before it starts', () => {
    expect(payMonthRange(rowContext({ payMonth: { year: 2026, month: 5 }, payMonthEnd: { year: 2026, month: 3 } }))).toEqual([
      { code: 'dues.monthRange', params: { from: '2026-05', to: '2026-03' }, field: 'payMonthEnd', rowIndex: 4, severity: 'error' },
    ]);
    expect(payMonthRange(rowContext({ payMonth: { year: 2026, month: 3 }, payMonthEnd: { year: 2026, month: 3 } }))).toEqual([]);
  });
});

describe('unpaidPayments', () => {
  const payment = (rowIndex: number, values: Record<string, FieldValue>): RowContext => ({
    ...rowContext(values, { mapped: ['name', 'idNumber', 'payMonth', 'payMonthEnd', 'paidAmount'] }),
    rowIndex,
  });
  it('gathers each person’s payments and flags six unpaid months at the person’s last row', () => {
    const rows = [
      payment(1, { name: '张伟', idNumber: '430702198503120010', payMonth: { year: 2026, month: 1 }, payMonthEnd: { year: 2026, month: 3 }, paidAmount: 229.5 }),
      payment(2, { name: '李娜', idNumber: '430702199005200020', payMonth: { year: 2026, month: 1 }, payMonthEnd: { year: 2026, month: 10 }, paidAmount: 420 }),
      payment(3, { name: '张伟', idNumber: '430702198503120010', payMonth: { year: 2026, month: 4 }, paidAmount: 0 }),
      payment(4, { name: '王强', payMonth: { year: 2026, month: 1 }, payMonthEnd: { year: 2026, month: 5 }, paidAmount: 100 }),
    ];
    expect(unpaidPayments({ rows, asOf: { year: 2026, month: 11, day: 22 }, rowNumber: (index) => index + 1 })).toEqual([
      { code: 'dues.unpaidRun', params: { from: '4月', to: '10月', months: 7 }, field: 'payMonth', rowIndex: 3, severity: 'warning' },
    ]);
  });
});
