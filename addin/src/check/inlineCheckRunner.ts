import { workbookError } from '../host/WorkbookError';
import type { CheckRunner } from './CheckRunner';
import { checkRequest } from './checkRequest';

/** Checks on the calling thread: for tests, and for hosts without module workers. */
export const inlineCheckRunner: CheckRunner = async (request, signal) => {
  if (signal?.aborted === true) throw workbookError('cancelled', signal.reason);
  return checkRequest(request);
};
