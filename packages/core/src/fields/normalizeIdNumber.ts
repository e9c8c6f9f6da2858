import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import type { CellValue } from '../grid/Grid';
import { analyzeIdNumber } from '../id/analyzeIdNumber';
import type { IdAnalysis } from '../id/IdAnalysis';
import type { CellFinding } from '../report/Finding';
import type { NormalizeContext } from './NormalizeContext';

/** 公民身份号码 per GB 11643-1999 (RULES.md §2): the value is the 18-character number when it is sound. */
export function normalizeIdNumber(cell: Exclude<CellValue, null>, context: NormalizeContext, found: CellFinding[]): string | undefined {
  const analysis = analyzeIdNumber(cell);
  if (analysis.kind === 'legacy15') {
    found.push({ code: 'id.legacy15', params: {}, severity: 'warning', fix: analysis.id });
    return analysis.id;
  }
  if (analysis.kind !== 'valid') {
    const problem = problemOf(analysis);
    if (problem !== undefined) found.push(problem);
    return undefined;
  }
  // A birth segment after the as-of date cannot belong to a member (GB 11643 出生日期码).
  if (firstDay(analysis.birth) > lastDay(context.asOf)) {
    found.push({ code: 'id.birthDate', params: { segment: formatDate(analysis.birth) }, severity: 'error' });
    return undefined;
  }
  if (analysis.lowercaseX) found.push({ code: 'id.lowercaseX', params: {}, severity: 'info', fix: analysis.id });
  else if (analysis.spaces || (typeof cell === 'string' && cell !== analysis.id)) {
    found.push({ code: 'text.whitespace', params: {}, severity: 'info', fix: analysis.id });
  }
  return analysis.id;
}

function problemOf(analysis: Exclude<IdAnalysis, { kind: 'valid' | 'legacy15' }>): CellFinding | undefined {
  switch (analysis.kind) {
    case 'blank':
      return undefined;
    case 'precisionLost':
      return { code: 'id.precisionLost', params: {}, severity: 'error' };
    case 'characters':
      return { code: 'id.characters', params: {}, severity: 'error' };
    case 'length':
      return { code: 'id.length', params: { length: analysis.length }, severity: 'error' };
    case 'province':
      return { code: 'id.province', params: { prefix: analysis.prefix }, severity: 'error' };
    case 'birthDate':
      return { code: 'id.birthDate', params: { segment: analysis.segment }, severity: 'error' };
    case 'checksum':
      return { code: 'id.checksum', params: { expected: analysis.expected, actual: analysis.actual }, severity: 'error' };
  }
}
