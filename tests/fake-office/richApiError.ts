/** Office.js error codes the fake raises (the subset of `Excel.ErrorCodes` it can meet). */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'AccessDenied'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidObjectPath'
  | 'InvalidRequestContext'
  | 'InvalidSelection'
  | 'GeneralException'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'NotImplemented';

export interface RichApiError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { readonly code: FakeErrorCode; readonly message: string; readonly errorLocation?: string };
}

/** An error shaped like `OfficeExtension.Error` (name `RichApi.Error`, a `code`, `debugInfo`). */
export function richApiError(code: FakeErrorCode, message: string, errorLocation?: string): RichApiError {
  const debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo });
}

export function propertyNotLoaded(name: string): RichApiError {
  return richApiError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
