/** The `code` of an Office.js error (`ItemNotFound`, `ResponsePayloadSizeLimitExceeded`), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error;
  return typeof code === 'string' ? code : undefined;
}
