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
  const check = checkCharacterOf(first17);
  if (check === undefined) throw new RangeError(`idCheckCharacter requires 17 digits, got "${first17}"`);
  return check;
}

/**
 * The check character for the first 17 characters of `text`, or undefined when they are not all ASCII
 * digits: a whole 18-character number is told to be digits and checked in one pass.
 */
export function checkCharacterOf(text: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return undefined;
    sum += digit * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARACTERS.charAt(sum % 11);
}
