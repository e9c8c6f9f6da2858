import { idCheckCharacter } from './idCheckCharacter';

const FIFTEEN_DIGITS = /^\d{15}$/;

/**
 * The 18-character number of a 15-digit one (GB 11643-1989): the century "19" goes before the YYMMDD
 * birth segment and the check character is appended (RULES.md §2).
 * @throws RangeError when `id15` is not exactly 15 digits.
 * @example upgradeLegacyId('130503670401001') // '130503196704010016'
 */
export function upgradeLegacyId(id15: string): string {
  if (!FIFTEEN_DIGITS.test(id15)) throw new RangeError(`upgradeLegacyId requires 15 digits, got "${id15}"`);
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckCharacter(first17);
}
