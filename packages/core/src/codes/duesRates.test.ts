import { describe, expect, it } from '@jest/globals';
import { expectedMonthlyDues, permilleText, yuanText } from './duesRates';

describe('expectedMonthlyDues (全额累进, 党费规定第二条 and 第六条)', () => {
  it('reproduces the 党务问答 examples: 5100 → 76.5元, 4900 → 49元', () => {
    expect(expectedMonthlyDues('在职', 5100)).toEqual({ kind: 'rate', fen: 7650, permille: 15 });
    expect(expectedMonthlyDues('在职', 4900)).toEqual({ kind: 'rate', fen: 4900, permille: 10 });
  });
  it('puts a base on a bracket edge in the lower bracket', () => {
    expect(expectedMonthlyDues('在职', 3000)).toEqual({ kind: 'rate', fen: 1500, permille: 5 });
    expect(expectedMonthlyDues('在职', 3000.01)).toEqual({ kind: 'rate', fen: 3000, permille: 10 });
    expect(expectedMonthlyDues('在职', 10000)).toEqual({ kind: 'rate', fen: 15000, permille: 15 });
    expect(expectedMonthlyDues('在职', 12000)).toEqual({ kind: 'rate', fen: 24000, permille: 20 });
    expect(expectedMonthlyDues('离退休', 5000)).toEqual({ kind: 'rate', fen: 2500, permille: 5 });
    expect(expectedMonthlyDues('离退休', 6200)).toEqual({ kind: 'rate', fen: 6200, permille: 10 });
  });
  it('rounds half up to the 分 by default, and to the 角 or down when configured', () => {
    // 3333.33 × 1% = 33.3333 → 33.33; 2999.9 × 0.5% = 14.9995 → 15.00; 4567.5 × 1% = 45.675 → 45.68.
    expect(expectedMonthlyDues('在职', 3333.33)).toMatchObject({ fen: 3333 });
    expect(expectedMonthlyDues('在职', 2999.9)).toMatchObject({ fen: 1500 });
    expect(expectedMonthlyDues('在职', 4567.5)).toMatchObject({ fen: 4568 });
    expect(expectedMonthlyDues('在职', 4567.5, { step: 0.1, mode: 'halfUp' })).toMatchObject({ fen: 4570 });
    expect(expectedMonthlyDues('在职', 4567.5, { step: 0.01, mode: 'down' })).toMatchObject({ fen: 4567 });
    expect(expectedMonthlyDues('在职', 4567.5, { step: 1, mode: 'down' })).toMatchObject({ fen: 4500 });
  });
  it('gives the flat amounts and the 农民 range, and nothing it cannot know', () => {
    expect(expectedMonthlyDues('学生', undefined)).toEqual({ kind: 'flat', fen: 20 });
    expect(expectedMonthlyDues('低保', 800)).toEqual({ kind: 'flat', fen: 20 });
    expect(expectedMonthlyDues('农民', undefined)).toEqual({ kind: 'range', minFen: 20, maxFen: 100 });
    expect(expectedMonthlyDues('在职', undefined)).toBeUndefined();
    expect(expectedMonthlyDues('其他', 5000)).toBeUndefined();
  });
});

describe('yuanText and permilleText', () => {
  it('write 元 with two decimals and rates in percent', () => {
    expect(yuanText(7650)).toBe('76.50');
    expect(yuanText(20)).toBe('0.20');
    expect(yuanText(-305)).toBe('-3.05');
    expect(permilleText(15)).toBe('1.5%');
    expect(permilleText(5)).toBe('0.5%');
  });
});
