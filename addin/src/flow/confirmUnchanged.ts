import type { SheetState, WorkbookHost } from '../host/WorkbookHost';
import { workbookError } from '../host/WorkbookError';
import { matchesStamp, stampProbe, type SheetStamp } from './sheetStamp';

/**
 * Reads the stamped rows back and refuses (`sheetChanged`) when the sheet is no longer as it was read,
 * so results of a sheet the user edited during a long check are never highlighted on the wrong cells.
 */
export async function confirmUnchanged(host: WorkbookHost, stamp: SheetStamp): Promise<SheetState> {
  const state = await host.inspectSheet(stampProbe(stamp));
  if (!matchesStamp(stamp, state)) throw workbookError('sheetChanged');
  return state;
}
