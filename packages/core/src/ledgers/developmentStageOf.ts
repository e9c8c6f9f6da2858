import { usableText, type CheckedValues } from '../checks/usableValues';
import { developmentStages, isDevelopmentStage, stageDateFields, type DevelopmentStage } from '../codes/developmentStages';
import { isPartialDate } from '../dates/PartialDate';

/**
 * The stage a person of the 发展党员台账 is at: 当前阶段 when it is usable, else the latest stage whose
 * date is filled in and sound. Undefined when neither says.
 */
export function developmentStageOf(row: CheckedValues): DevelopmentStage | undefined {
  const stated = usableText(row, 'stage');
  if (isDevelopmentStage(stated)) return stated;
  let reached: DevelopmentStage | undefined;
  stageDateFields.forEach((field, index) => {
    if (!row.invalid.has(field) && isPartialDate(row.values[field])) reached = developmentStages[index];
  });
  return reached;
}
