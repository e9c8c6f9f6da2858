import type { CellValue } from '../grid/Grid';
import type { CellFinding } from '../report/Finding';
import { cleanText, needsCleaning, type CleanText } from '../text/cleanText';
import { textOfCell } from './textOfCell';

/** Trims and converts full-width letters and digits; the change is offered as a safe fix, added to `found`. */
export function normalizeText(cell: Exclude<CellValue, null>, found: CellFinding[]): string {
  if (typeof cell !== 'string') return textOfCell(cell);
  // Most text is as it should be: it is taken as it stands, without working out what cleaning changed.
  if (!needsCleaning(cell)) return cell;
  const cleaned = cleanText(cell);
  addCleaningFinding(cleaned, found);
  return cleaned.value;
}

/** The safe fix for text that cleaning changed, if it did. */
export function addCleaningFinding(cleaned: CleanText, found: CellFinding[]): void {
  if (cleaned.fullWidth) found.push({ code: 'text.fullWidth', params: {}, severity: 'info', fix: cleaned.value });
  else if (cleaned.trimmed) found.push({ code: 'text.whitespace', params: {}, severity: 'info', fix: cleaned.value });
}
