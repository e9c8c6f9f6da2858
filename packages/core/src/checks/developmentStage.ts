import { developmentStages, isDevelopmentStage, stageDateFields } from '../codes/developmentStages';
import { noFindings, type Finding } from '../report/Finding';
import type { RowContext } from '../templates/Template';
import { asText, soundValues } from './rowValues';

/**
 * 当前阶段 agrees with the dates filled in: the latest stage with a date is the stage reached (RULES.md
 * §4). A stated stage behind that date is wrong; one ahead of it is wrong only when the sheet has a
 * column for the missing date and it is blank. Skipped while any stage date is in error.
 */
export function developmentStage(row: RowContext): readonly Finding[] {
  const stage = asText(soundValues(row)['stage']);
  if (!isDevelopmentStage(stage) || stageDateFields.some((field) => row.invalid.has(field))) return noFindings;
  const reached = stageDateFields.reduce((latest, field, index) => (row.values[field] === undefined ? latest : index), -1);
  const stated = developmentStages.indexOf(stage);
  const expected = developmentStages[reached];
  if (expected === undefined || stated === reached) return noFindings;
  const missing = stageDateFields.slice(reached + 1, stated + 1).some((field) => row.mapped.has(field));
  if (stated > reached && !missing) return noFindings;
  return [{ code: 'development.stageMismatch', params: { stage, expected }, field: 'stage', rowIndex: row.rowIndex, severity: 'error' }];
}
