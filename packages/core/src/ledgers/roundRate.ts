/**
 * A rate as a fraction rounded half up to one decimal place in percent (RULES.md §10: 升级率 and 提升率
 * "to one decimal place in percent"): 44 / 174 → 0.253. 0 when there is nothing to divide by.
 *
 * @example roundRate(44, 174) // 0.253
 */
export function roundRate(part: number, whole: number): number {
  if (whole === 0) return 0;
  return Math.round((part / whole) * 1000) / 1000;
}
