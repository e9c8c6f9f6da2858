import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CellValue } from '../grid/Grid';
import { analyzeIdNumber } from './analyzeIdNumber';
import type { IdAnalysis } from './IdAnalysis';
import { idCheckCharacter } from './idCheckCharacter';

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[1-8]\d{5}(18|19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx]$/),
  fc.double(),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constantFrom('#N/A', '#VALUE!').map((code): CellValue => ({ kind: 'error', code })),
);

describe('analyzeIdNumber', () => {
  it.each<[CellValue, IdAnalysis]>([
    ['11010519491231002X', { kind: 'valid', id: '11010519491231002X', birth: { year: 1949, month: 12, day: 31 }, sex: '女', lowercaseX: false, spaces: false }],
    ['440524188001010014', { kind: 'valid', id: '440524188001010014', birth: { year: 1880, month: 1, day: 1 }, sex: '男', lowercaseX: false, spaces: false }],
    ['370101190102039973', { kind: 'valid', id: '370101190102039973', birth: { year: 1901, month: 2, day: 3 }, sex: '男', lowercaseX: false, spaces: false }],
    ['510105199307315321', { kind: 'valid', id: '510105199307315321', birth: { year: 1993, month: 7, day: 31 }, sex: '女', lowercaseX: false, spaces: false }],
    ['11010519491231002x', { kind: 'valid', id: '11010519491231002X', birth: { year: 1949, month: 12, day: 31 }, sex: '女', lowercaseX: true, spaces: false }],
    ['110105 19491231 002X', { kind: 'valid', id: '11010519491231002X', birth: { year: 1949, month: 12, day: 31 }, sex: '女', lowercaseX: false, spaces: true }],
    ['110105-19491231-002x', { kind: 'valid', id: '11010519491231002X', birth: { year: 1949, month: 12, day: 31 }, sex: '女', lowercaseX: true, spaces: true }],
    ['\u3000１１０１０５１９４９１２３１００２Ｘ ', { kind: 'valid', id: '11010519491231002X', birth: { year: 1949, month: 12, day: 31 }, sex: '女', lowercaseX: false, spaces: false }],
    ['35051419930513051X', { kind: 'checksum', expected: '6', actual: 'X', birth: { year: 1993, month: 5, day: 13 }, sex: '男' }],
    ['11010519491231002X'.replace('002X', '0021'), { kind: 'checksum', expected: 'X', actual: '1', birth: { year: 1949, month: 12, day: 31 }, sex: '女' }],
    ['11010519491331002X', { kind: 'birthDate', segment: '19491331' }],
    ['511028199502315915', { kind: 'birthDate', segment: '19950231' }],
    ['11010517991231002X', { kind: 'birthDate', segment: '17991231' }],
    ['130503670401001', { kind: 'legacy15', id: '130503196704010016', birth: { year: 1967, month: 4, day: 1 }, sex: '男' }],
    [130503670401001, { kind: 'legacy15', id: '130503196704010016', birth: { year: 1967, month: 4, day: 1 }, sex: '男' }],
    ['110105491231002', { kind: 'legacy15', id: '11010519491231002X', birth: { year: 1949, month: 12, day: 31 }, sex: '女' }],
    ['130503670231001', { kind: 'birthDate', segment: '670231' }],
    ['990503670401001', { kind: 'province', prefix: '99' }],
    ['91010519491231002X', { kind: 'province', prefix: '91' }],
    ['01010519491231002X', { kind: 'province', prefix: '01' }],
    [430702198503121000, { kind: 'precisionLost' }],
    [4.30702198503121e17, { kind: 'precisionLost' }],
    [1101051949123100, { kind: 'precisionLost' }],
    ['4.30702E+17', { kind: 'precisionLost' }],
    ['4.30702198503121E+17', { kind: 'precisionLost' }],
    ['4.30702198503121e+17', { kind: 'precisionLost' }],
    ['430702198503121000', { kind: 'precisionLost' }],
    ['1101051949123100X', { kind: 'length', length: 17 }],
    ['1101051949123100211', { kind: 'length', length: 19 }],
    ['11010519491231002X1', { kind: 'characters' }],
    ['13050367040100X', { kind: 'length', length: 15 }],
    [12345, { kind: 'length', length: 5 }],
    ['1101051949123X002X', { kind: 'characters' }],
    ['11010519491231002Y', { kind: 'characters' }],
    ['无', { kind: 'characters' }],
    ['张三', { kind: 'characters' }],
    [-130503670401001, { kind: 'characters' }],
    [1305036704.5, { kind: 'characters' }],
    [Number.NaN, { kind: 'characters' }],
    [true, { kind: 'characters' }],
    [new Date(Date.UTC(1949, 11, 31)), { kind: 'characters' }],
    [{ kind: 'error', code: '#N/A' }, { kind: 'characters' }],
    [null, { kind: 'blank' }],
    ['', { kind: 'blank' }],
    ['  \u3000', { kind: 'blank' }],
    ['—', { kind: 'characters' }],
    [' - ', { kind: 'characters' }],
  ])('%p', (value, expected) => {
    expect(analyzeIdNumber(value)).toEqual(expected);
  });

  it('keeps an 18-digit number ending in 000 when its check character really is 0', () => {
    // 44052418800101900: Σ = 265, 265 mod 11 = 1 → check '0'
    expect(idCheckCharacter('44052418800101900')).toBe('0');
    expect(analyzeIdNumber('440524188001019000')).toMatchObject({ kind: 'valid', id: '440524188001019000', sex: '女' });
  });

  it('never throws on any cell value', () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        expect(typeof analyzeIdNumber(value).kind).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every well-formed number and reads its birth date and sex', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('110105', '440524', '510105', '810000', '650102'),
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (area, birth, sequence) => {
          const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
          const first17 = area + ymd + String(sequence).padStart(3, '0');
          const id = first17 + idCheckCharacter(first17);
          expect(analyzeIdNumber(id)).toEqual({
            kind: 'valid',
            id,
            birth: { year: birth.getUTCFullYear(), month: birth.getUTCMonth() + 1, day: birth.getUTCDate() },
            sex: sequence % 2 === 1 ? '男' : '女',
            lowercaseX: false,
            spaces: false,
          });
        },
      ),
    );
  });
});
