import { fixableRules, fixRuleName, type CellFix, type Locale, type RuleCode } from '@taizhang/core';

/** The planned fixes of one rule: what one "fix these" button applies. */
export interface FixGroup {
  readonly rule: RuleCode;
  readonly name: string;
  readonly fixes: readonly CellFix[];
}

/**
 * The plan grouped by the rule whose value each cell gets (a cell fixed by several rules shows once, under
 * the one that settles them all), in the order the rules combine, cells in sheet order.
 */
export function groupFixes(fixes: readonly CellFix[], locale: Locale): FixGroup[] {
  const byRule = new Map<RuleCode, CellFix[]>();
  for (const fix of fixes) byRule.set(fix.rule, [...(byRule.get(fix.rule) ?? []), fix]);
  const rank = (rule: RuleCode) => {
    const index = fixableRules.indexOf(rule);
    return index < 0 ? fixableRules.length : index;
  };
  return [...byRule.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([rule, grouped]) => ({ rule, name: fixRuleName(rule, locale), fixes: grouped }));
}
