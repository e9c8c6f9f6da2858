// GB 11643-1999 地址码 per GB/T 2260 (RULES.md §2): provinces 11–65, 71 台湾, and 81/82/83 港澳台居民居住证.
const PROVINCE_CODES: readonly number[] = [
  11, 12, 13, 14, 15,
  21, 22, 23,
  31, 32, 33, 34, 35, 36, 37,
  41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54,
  61, 62, 63, 64, 65,
  71,
  81, 82, 83,
];
/** One flag per number 0–99: the ID check asks it for every number of a sheet. */
const isProvince = Uint8Array.from({ length: 100 }, (_, code) => (PROVINCE_CODES.includes(code) ? 1 : 0));

const TWO_DIGITS = /^\d\d$/;

/**
 * Whether the first two characters of a 公民身份号码 name a province. Only the province is checked:
 * numbers never change, so the county part may be a code GB/T 2260 has since abolished.
 */
export function isValidProvincePrefix(prefix2: string): boolean {
  return TWO_DIGITS.test(prefix2) && isProvinceCode(Number(prefix2));
}

/** The same for the prefix read as a number (34 for "34…"), as the ID check reads it without cutting it off. */
export function isProvinceCode(code: number): boolean {
  return isProvince[code] === 1;
}
