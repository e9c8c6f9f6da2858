import type { Locale } from '../messages/MessageCatalog';
import type { RuleCode } from '../report/Finding';
import type { FixKind } from './CellFix';

interface FixableRule {
  readonly name: Readonly<Record<Locale, string>>;
  readonly kind: FixKind;
}

/**
 * The rules whose issues carry a certain fix, in the order a cell's fixes are combined: a later rule's
 * value already includes an earlier one's (the 汉族 offered for " 汉" is trimmed; the 18-digit number for
 * a 15-digit one has no spaces), so the last one present is written.
 */
const fixable = {
  'text.whitespace': { name: { 'zh-CN': '去除多余空格', en: 'Remove extra spaces' }, kind: 'text' },
  'text.fullWidth': { name: { 'zh-CN': '全角转半角', en: 'Full-width to half-width' }, kind: 'text' },
  'id.lowercaseX': { name: { 'zh-CN': '身份证号末位 x 改为 X', en: 'ID number: x to X' }, kind: 'text' },
  'field.alias': { name: { 'zh-CN': '改为规范名称', en: 'Standard name' }, kind: 'text' },
  'date.text': { name: { 'zh-CN': '文本日期转为日期', en: 'Text to date' }, kind: 'date' },
  'id.legacy15': { name: { 'zh-CN': '15位身份证号升级为18位', en: '15-digit ID number to 18 digits' }, kind: 'text' },
  'dues.amountMissing': { name: { 'zh-CN': '填入应缴党费', en: 'Fill in the dues owed' }, kind: 'number' },
} as const satisfies Partial<Record<RuleCode, FixableRule>>;

type FixableRuleCode = keyof typeof fixable;

/** The rules `planFixes` can be limited to, for a per-rule choice in the pane or `--rules` in the CLI. */
export const fixableRules: readonly RuleCode[] = Object.keys(fixable).filter((code): code is FixableRuleCode => code in fixable);

function isFixable(rule: RuleCode): rule is FixableRuleCode {
  return rule in fixable;
}

/** Where a rule's fix ranks when one cell has several; a rule not listed here ranks after all of them. */
export function fixPrecedence(rule: RuleCode): number {
  const index = fixableRules.indexOf(rule);
  return index === -1 ? fixableRules.length : index;
}

export function fixKindOf(rule: RuleCode): FixKind {
  return isFixable(rule) ? fixable[rule].kind : 'text';
}

/** A short name of what a fix does, for the 规则 column of the change log. */
export function fixRuleName(rule: RuleCode, locale: Locale): string {
  return isFixable(rule) ? fixable[rule].name[locale] : rule;
}
