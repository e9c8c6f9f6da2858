import { describe, expect, it } from '@jest/globals';
import { isProvinceCode, isValidProvincePrefix } from './isValidProvincePrefix';

describe('isValidProvincePrefix', () => {
  const valid = [
    '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
    '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
    '71', '81', '82', '83',
  ];

  it('accepts exactly the 35 province codes among 00–99', () => {
    const accepted = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')).filter(isValidProvincePrefix);
    expect(accepted).toEqual(valid);
  });

  it.each(['', '1', '110', '1１', ' 11', '4'])('%j is no prefix', (prefix) => {
    expect(isValidProvincePrefix(prefix)).toBe(false);
  });
});

describe('isProvinceCode', () => {
  it('accepts the same 35 codes read as numbers', () => {
    const accepted = Array.from({ length: 100 }, (_, n) => n).filter(isProvinceCode);
    expect(accepted.map((n) => String(n).padStart(2, '0'))).toEqual(Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0')).filter(isValidProvincePrefix));
    expect(accepted).toHaveLength(35);
  });
});
