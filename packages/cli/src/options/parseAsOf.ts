import type { PartialDate } from '@taizhang/core';
import { usageError } from '../CliError';

/** The `--as-of` date: exactly YYYY-MM-DD and a real calendar day. */
export function parseAsOf(text: string): PartialDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    match !== null && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  if (!real || year < 1900) {
    throw usageError(`--as-of 的日期“${text}”无效：请写作 YYYY-MM-DD，例如 --as-of 2024-12-31`);
  }
  return { year, month, day };
}
