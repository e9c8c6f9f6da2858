import { maskIdNumber, type Issue } from '@taizhang/core';

/** A whole 公民身份号码 (18 characters, or a 15-digit legacy one) wherever it shows up in params. */
const fullIdNumber = /^(\d{17}[\dXx]|\d{15})$/;

/**
 * The issue with every 公民身份号码 it carries masked: the fix of an ID field, and any param that is a
 * whole ID number. ID numbers are personal data; they leave the sheet only when the user asks.
 */
export function maskIssue(issue: Issue, idFields: ReadonlySet<string>): Issue {
  const params = Object.fromEntries(
    Object.entries(issue.params).map(([key, value]) => [
      key,
      typeof value === 'string' && fullIdNumber.test(value) ? maskIdNumber(value) : value,
    ]),
  );
  const { fix, ...rest } = issue;
  if (fix === undefined) return { ...rest, params };
  return { ...rest, params, fix: idFields.has(issue.field) || fullIdNumber.test(fix) ? maskIdNumber(fix) : fix };
}
