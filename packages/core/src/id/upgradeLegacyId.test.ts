import { describe, expect, it } from '@jest/globals';
import { upgradeLegacyId } from './upgradeLegacyId';

describe('upgradeLegacyId', () => {
  it('inserts 19 and appends the check character', () => {
    expect(upgradeLegacyId('130503670401001')).toBe('130503196704010016');
    // 110105491231002 → 11010519491231002 + X (the standard's Annex A example, issued before 1999)
    expect(upgradeLegacyId('110105491231002')).toBe('11010519491231002X');
  });

  it.each(['13050367040100', '1305036704010011', '13050367040100X', ''])('%j throws', (id15) => {
    expect(() => upgradeLegacyId(id15)).toThrow(RangeError);
  });
});
