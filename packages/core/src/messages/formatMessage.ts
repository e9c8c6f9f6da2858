import type { RuleCode, RuleParams } from '../report/Finding';
import type { Issue } from '../report/Issue';
import { en } from './en';
import type { Locale, MessageCatalog } from './MessageCatalog';
import { zhCN } from './zh-CN';

const catalogs: Readonly<Record<Locale, MessageCatalog>> = { 'zh-CN': zhCN, en };

export function formatMessage<C extends RuleCode>(code: C, params: RuleParams[C], header: string, locale: Locale): string {
  const message: (params: RuleParams[C], header: string) => string = catalogs[locale][code];
  return message(params, header);
}

/** An issue's message in another language; its params were produced for its own rule code. */
export function formatIssueMessage(issue: Issue, locale: Locale): string {
  return formatMessage(issue.rule, issue.params as RuleParams[typeof issue.rule], issue.header, locale);
}
