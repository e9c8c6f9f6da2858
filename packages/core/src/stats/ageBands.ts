import type { Band } from './Band';

/** The eight age bands of the 党内统计公报 since 2018 (RULES.md §7), ages in 周岁. */
export const ageBands: readonly Band[] = [
  { label: '30岁及以下', min: 0 },
  { label: '31至35岁', min: 31 },
  { label: '36至40岁', min: 36 },
  { label: '41至45岁', min: 41 },
  { label: '46至50岁', min: 46 },
  { label: '51至55岁', min: 51 },
  { label: '56至60岁', min: 56 },
  { label: '61岁及以上', min: 61 },
];

/** The 公报's headline line for young members: 35岁及以下 (RULES.md §7, §10). */
export const youngMemberMaxAge = 35;
