import type { CheckProgress } from '../flow/checkActiveSheet';
import type { WorkbookProgress } from '../flow/checkWorkbook';
import type { Strings } from './strings';

/** What the pane is busy with: checking the active sheet, checking every sheet, or writing summaries. */
export type Busy = CheckProgress | WorkbookProgress | { readonly phase: 'summary' };

/** The line under the progress bar. */
export function busyText(busy: Busy, strings: Strings): string {
  if (busy.phase === 'summary') return strings.summarizing;
  if ('sheet' in busy) return busy.phase === 'reading' ? strings.readingSheet(busy.sheet, busy.index, busy.count, busy.rowsRead, busy.totalRows) : strings.checkingSheet(busy.sheet, busy.index, busy.count);
  return busy.phase === 'reading' ? strings.reading(busy.rowsRead, busy.totalRows) : strings.checking;
}

/** How far along, from 0 to 1, as the progress bar's props; none (an indeterminate bar) when it cannot be told. Across sheets, each sheet counts the same. */
export function busyProgress(busy: Busy): { readonly value?: number } {
  if (busy.phase === 'summary') return {};
  if ('sheet' in busy) return { value: (busy.index - 1 + (busy.phase === 'checking' ? 1 : busy.totalRows > 0 ? busy.rowsRead / busy.totalRows : 0)) / busy.count };
  return busy.phase === 'reading' && busy.totalRows > 0 ? { value: busy.rowsRead / busy.totalRows } : {};
}
