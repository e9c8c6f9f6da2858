import type { Sex } from './IdAnalysis';

const DIGIT_0 = 48;

// GB 11643-1999 顺序码: odd for men, even for women (RULES.md §2).
function sexOfDigitCode(code: number): Sex {
  return (code - DIGIT_0) % 2 === 1 ? '男' : '女';
}

/** The sex a 顺序码 digit records. */
export function sexOfSequenceDigit(digit: string): Sex {
  return sexOfDigitCode(digit.charCodeAt(0));
}

/** The sex an 18-character ID records in its 17th character. */
export function sexOfId(id18: string): Sex {
  return sexOfDigitCode(id18.charCodeAt(16));
}
