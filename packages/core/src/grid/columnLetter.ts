/** Excel column letters for a 1-based column number: 1 → A, 27 → AA, 16384 → XFD. */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) {
    throw new RangeError(`columnLetter requires a positive whole column number, got ${column}`);
  }
  let letters = '';
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** The 1-based column number of Excel column letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) {
    throw new RangeError(`columnNumber requires 1 to 3 letters, got "${letters}"`);
  }
  let column = 0;
  for (const char of letters.toUpperCase()) column = column * 26 + (char.charCodeAt(0) - 64);
  return column;
}
