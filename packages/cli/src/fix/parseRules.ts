import { fixableRules, type RuleCode } from '@taizhang/core';
import { usageError } from '../CliError';

/** `--rules text.whitespace,date.text`: rule codes whose fixes to apply, each one that can carry a fix. */
export function parseRules(text: string): RuleCode[] {
  const codes = text
    .split(/[,，\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length === 0) throw usageError(`--rules 缺少规则：可用的有 ${fixableRules.join(', ')}`);
  return codes.map((code) => {
    const rule = fixableRules.find((candidate) => candidate === code);
    if (rule === undefined) throw usageError(`--rules 中的“${code}”不是可自动修正的规则：可用的有 ${fixableRules.join(', ')}`);
    return rule;
  });
}
