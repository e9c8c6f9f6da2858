import type { Sex } from './IdAnalysis';

// GB 11643-1999 顺序码: odd for men, even for women (RULES.md §2).
export function sexOfSequenceDigit(digit: string): Sex {
  return (digit.charCodeAt(0) - '0'.charCodeAt(0)) % 2 === 1 ? '男' : '女';
}

/** The sex an 18-character ID records in its 17th character. */
export function sexOfId(id18: string): Sex {
  return sexOfSequenceDigit(id18.charAt(16));
}
