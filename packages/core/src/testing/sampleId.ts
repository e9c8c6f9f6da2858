import { idCheckCharacter } from '../id/idCheckCharacter';

/**
 * A sound 18-digit 公民身份号码 for tests: 地址码 430702 (常德市武陵区), the birth date, a 顺序码 whose
 * parity gives the sex (odd 男, even 女), and its check character.
 */
export function sampleId(birth: string, sex: '男' | '女', sequence = 1): string {
  const order = String(sequence * 2 + (sex === '男' ? 1 : 0)).padStart(3, '0');
  const first17 = `430702${birth}${order}`;
  return first17 + idCheckCharacter(first17);
}
