import { describe, expect, it } from '@jest/globals';
import { isMarkFormula, markStyles } from './markStyle';

describe('isMarkFormula', () => {
  it('knows the tagged rules and blank rules as ours', () => {
    expect(isMarkFormula(markStyles.warning.formula)).toBe(true);
    expect(isMarkFormula('')).toBe(true);
  });

  it('leaves the user\'s own rules alone, even ones that are always true', () => {
    expect(isMarkFormula('=TRUE')).toBe(false);
    expect(isMarkFormula('=ISTEXT("error")')).toBe(false);
  });
});
