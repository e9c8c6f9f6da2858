/**
 * `part` as a fraction of `whole` (0.253 for 25.3%), unrounded: renderers round for display.
 * Convention: 0 of 0 is 0, so an empty branch shows 0% rather than an error.
 *
 * @throws RangeError when either count is negative or not finite, or when `part` exceeds `whole` (which
 *   covers a `part` above 0 of a `whole` of 0: a share of nothing).
 * @example share(3, 12) // 0.25
 * @example share(0, 0) // 0
 */
export function share(part: number, whole: number): number {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || part < 0 || whole < 0) {
    throw new RangeError(`share requires finite, non-negative counts, got ${part} of ${whole}`);
  }
  if (part > whole) throw new RangeError(`share: part ${part} exceeds whole ${whole}`);
  if (whole === 0) return 0;
  return part / whole;
}
