import { maskIdNumber, type Issue } from '@taizhang/core';
import { maskIdsInText } from './maskIdsInText';

/**
 * The issue with every 公民身份号码 it carries masked: the fix of an ID field, and any ID number inside
 * a param or a fix, however typed (a cell's text is echoed in `date.invalid` and the like, and IDs land
 * in the wrong column). ID numbers are personal data; they leave the sheet only when the user asks.
 */
export function maskIssue(issue: Issue, idFields: ReadonlySet<string>): Issue {
  const params = Object.fromEntries(
    Object.entries(issue.params).map(([key, value]) => [key, typeof value === 'string' ? maskIdsInText(value) : value]),
  );
  const { fix, ...rest } = issue;
  if (fix === undefined) return { ...rest, params };
  return { ...rest, params, fix: idFields.has(issue.field) ? maskIdNumber(fix) : maskIdsInText(fix) };
}
