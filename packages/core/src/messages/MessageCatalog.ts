import type { RuleCode, RuleParams } from '../report/Finding';

export type Locale = 'zh-CN' | 'en';

/** One message per rule code: a catalog missing a code does not compile. */
export type MessageCatalog = {
  readonly [C in RuleCode]: (params: RuleParams[C], header: string) => string;
};
