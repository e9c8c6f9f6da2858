import { describe, expect, it } from '@jest/globals';
import { sexOfId } from './sexOfId';

describe('sexOfId', () => {
  it('reads the 17th character: odd for men, even for women', () => {
    expect(sexOfId('11010519491231002X')).toBe('女');
    expect(sexOfId('440524188001010014')).toBe('男');
  });
});
