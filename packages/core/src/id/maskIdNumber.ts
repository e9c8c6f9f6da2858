/**
 * A 公民身份号码 safe to show in a report or log: the birth date and most of the number are hidden.
 * 18 characters keep the 6-digit 地址码 and the last 4 (`110105********002X`); 15 or more characters
 * otherwise keep the first 3 and last 2 (`130**********01`); 6 to 14 keep only the first 3, since the
 * last 2 could be the birth day of a truncated number; 5 or fewer are hidden entirely.
 */
export function maskIdNumber(id: string): string {
  const characters = Array.from(id);
  const length = characters.length;
  if (length === 18) return `${characters.slice(0, 6).join('')}********${characters.slice(14).join('')}`;
  if (length <= 5) return '*'.repeat(length);
  const head = characters.slice(0, 3).join('');
  if (length < 15) return head + '*'.repeat(length - 3);
  return `${head}${'*'.repeat(length - 5)}${characters.slice(length - 2).join('')}`;
}
