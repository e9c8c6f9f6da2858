// GB 11643-1999 §5 校验码 (ISO 7064:1983 MOD 11-2): Wᵢ = 2^(17−i) mod 11, Y = Σ(Aᵢ×Wᵢ) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';

/**
 * The 18th character of a 公民身份号码 for its first 17 digits: '0'–'9' or 'X'.
 * @throws RangeError when `first17` is not exactly 17 ASCII digits.
 * @example idCheckCharacter('11010519491231002') // 'X'
 */
export function idCheckCharacter(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`idCheckCharacter requires 17 digits, got ${first17.length} characters`);
  }
  for (let i = 0; i < 17; i++) {
    const code = first17.charCodeAt(i);
    if (code < 48 || code > 57) throw new RangeError(`idCheckCharacter requires 17 digits, got "${first17}"`);
  }
  return checkCharacterOfDigits(first17);
}

/**
 * The check character for the first 17 characters of `text`, which the caller knows to be ASCII digits:
 * the whole 18-character number can be checked without cutting off its first 17.
 */
export function checkCharacterOfDigits(text: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (text.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}
