import { checkGrid, type CheckResult } from '@taizhang/core';
import type { CheckRequest } from './CheckRunner';

/** The core's check for one request: what the worker runs, and the in-process runner too. */
export function checkRequest(request: CheckRequest): CheckResult {
  return checkGrid(request.grid, request.templateId === undefined ? { asOf: request.asOf } : { asOf: request.asOf, templateId: request.templateId });
}
