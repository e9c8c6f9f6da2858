// GB 11643-1999 地址码 per GB/T 2260 (RULES.md §2): provinces 11–65, 71 台湾, and 81/82/83 港澳台居民居住证.
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71',
  '81', '82', '83',
]);

/**
 * Whether the first two characters of a 公民身份号码 name a province. Only the province is checked:
 * numbers never change, so the county part may be a code GB/T 2260 has since abolished.
 */
export function isValidProvincePrefix(prefix2: string): boolean {
  return PROVINCE_PREFIXES.has(prefix2);
}
