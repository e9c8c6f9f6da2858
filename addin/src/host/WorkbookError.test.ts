import { describe, expect, it } from '@jest/globals';
import { isWorkbookError, workbookError } from './WorkbookError';

describe('workbookError', () => {
  it('keeps the code and the underlying cause', () => {
    const cause = Object.assign(new Error('The requested resource doesn\'t exist.'), { code: 'ItemNotFound' });
    const error = workbookError('sheetMissing', cause);
    expect(isWorkbookError(error)).toBe(true);
    expect(error.code).toBe('sheetMissing');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("sheetMissing: The requested resource doesn't exist.");
  });

  it('does not take other errors for workbook errors', () => {
    expect(isWorkbookError(new Error('sheetMissing'))).toBe(false);
    expect(isWorkbookError({ name: 'WorkbookError', code: 'readFailed' })).toBe(false);
  });
});
