import type { Band } from './Band';

/**
 * Default 党龄 bands in whole years (RULES.md §10, Taizhang's choice; no official set exists). The 50-year
 * line is the 「光荣在党50年」 threshold. Callers may pass their own bands instead.
 */
export const partyYearBands: readonly Band[] = [
  { label: '不满5年', min: 0 },
  { label: '5至9年', min: 5 },
  { label: '10至19年', min: 10 },
  { label: '20至29年', min: 20 },
  { label: '30至39年', min: 30 },
  { label: '40至49年', min: 40 },
  { label: '50年及以上', min: 50 },
];
