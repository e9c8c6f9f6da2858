import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import type { CellValue } from '../grid/Grid';
import { analyzeIdNumber } from '../id/analyzeIdNumber';
import type { CellFinding } from '../report/Finding';
import type { FieldResult, NormalizeContext } from './FieldResult';

const none: readonly CellFinding[] = [];

/** 公民身份号码 per GB 11643-1999 (RULES.md §2): the value is the 18-character number when it is sound. */
export function normalizeIdNumber(cell: Exclude<CellValue, null>, context: NormalizeContext): FieldResult {
  const analysis = analyzeIdNumber(cell);
  switch (analysis.kind) {
    case 'blank':
      return { findings: [] };
    case 'precisionLost':
      return { findings: [{ code: 'id.precisionLost', params: {}, severity: 'error' }] };
    case 'characters':
      return { findings: [{ code: 'id.characters', params: {}, severity: 'error' }] };
    case 'length':
      return { findings: [{ code: 'id.length', params: { length: analysis.length }, severity: 'error' }] };
    case 'province':
      return { findings: [{ code: 'id.province', params: { prefix: analysis.prefix }, severity: 'error' }] };
    case 'birthDate':
      return { findings: [{ code: 'id.birthDate', params: { segment: analysis.segment }, severity: 'error' }] };
    case 'checksum':
      return { findings: [{ code: 'id.checksum', params: { expected: analysis.expected, actual: analysis.actual }, severity: 'error' }] };
    case 'legacy15':
      return { value: analysis.id, findings: [{ code: 'id.legacy15', params: {}, severity: 'warning', fix: analysis.id }] };
    case 'valid': {
      // A birth segment after the as-of date cannot belong to a member (GB 11643 出生日期码).
      if (firstDay(analysis.birth) > lastDay(context.asOf)) {
        return { findings: [{ code: 'id.birthDate', params: { segment: formatDate(analysis.birth) }, severity: 'error' }] };
      }
      if (analysis.lowercaseX) return { value: analysis.id, findings: [{ code: 'id.lowercaseX', params: {}, severity: 'info', fix: analysis.id }] };
      if (analysis.spaces || (typeof cell === 'string' && cell !== analysis.id)) {
        return { value: analysis.id, findings: [{ code: 'text.whitespace', params: {}, severity: 'info', fix: analysis.id }] };
      }
      return { value: analysis.id, findings: none };
    }
  }
}
