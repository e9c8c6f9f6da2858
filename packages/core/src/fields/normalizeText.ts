import type { CellValue } from '../grid/Grid';
import type { CellFinding } from '../report/Finding';
import { cleanText, needsCleaning } from '../text/cleanText';
import type { FieldResult } from './FieldResult';
import { textOfCell } from './textOfCell';

const none: readonly CellFinding[] = [];

/** Trims and converts full-width letters and digits; the change is offered as a safe fix. */
export function normalizeText(cell: Exclude<CellValue, null>): FieldResult {
  if (typeof cell !== 'string') return { value: textOfCell(cell), findings: none };
  // Most text is as it should be: it is taken as it stands, without working out what cleaning changed.
  if (!needsCleaning(cell)) return { value: cell, findings: none };
  const cleaned = cleanText(cell);
  return { value: cleaned.value, findings: cleaningFindings(cleaned) };
}

export function cleaningFindings(cleaned: { value: string; trimmed: boolean; fullWidth: boolean }): readonly CellFinding[] {
  if (cleaned.fullWidth) return [{ code: 'text.fullWidth', params: {}, severity: 'info', fix: cleaned.value }];
  if (cleaned.trimmed) return [{ code: 'text.whitespace', params: {}, severity: 'info', fix: cleaned.value }];
  return none;
}
