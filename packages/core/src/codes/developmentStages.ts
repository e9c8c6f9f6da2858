import type { EnumOption } from '../templates/Template';

/** The stages of 发展党员 in order (细则; RULES.md §4). */
export type DevelopmentStage = '入党申请人' | '入党积极分子' | '发展对象' | '预备党员' | '正式党员';

export const developmentStages: readonly DevelopmentStage[] = ['入党申请人', '入党积极分子', '发展对象', '预备党员', '正式党员'];

/** The date field that marks the start of each stage, in the same order. */
export const stageDateFields: readonly string[] = ['applicationDate', 'activistDate', 'candidateDate', 'joinDate', 'confirmDate'];

export const developmentStageOptions: readonly EnumOption[] = [
  { value: '入党申请人', aliases: ['申请人', '申请入党', '申请入党人', '入党申请'] },
  { value: '入党积极分子', aliases: ['积极分子'] },
  { value: '发展对象' },
  { value: '预备党员', aliases: ['预备'] },
  { value: '正式党员', aliases: ['正式', '已转正'] },
];

export function isDevelopmentStage(value: unknown): value is DevelopmentStage {
  return typeof value === 'string' && (developmentStages as readonly string[]).includes(value);
}
