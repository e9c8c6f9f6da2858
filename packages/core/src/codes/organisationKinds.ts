import { toHalfWidth } from '../text/toHalfWidth';

/**
 * The kinds of 党组织 a county ledger lists (RULES.md §6.3): the 基层党组织 (党委, 党总支, 党支部,
 * 联合党支部), their 临时 versions, and the 党组 and 党工委 that sit beside or above them.
 */
export type OrganisationKind = '党委' | '党总支' | '党支部' | '联合党支部' | '临时党组织' | '党组' | '党工委';

export const organisationKinds: readonly OrganisationKind[] = ['党委', '党总支', '党支部', '联合党支部', '临时党组织', '党组', '党工委'];

// RULES.md §6.3: the numeric type codes of the public party-management systems.
const kindByCode: Readonly<Record<string, OrganisationKind>> = {
  '611': '党委',
  '612': '党组',
  '621': '党总支',
  '631': '党支部',
  '632': '联合党支部',
  '911': '临时党组织',
  '921': '临时党组织',
  '931': '临时党组织',
  '932': '临时党组织',
};

/**
 * The kind of 党组织 a type cell or a full name states: "党支部", "在职教工党支部", "二级党委", code 631,
 * or a name written by the convention "中共" + 单位 + 类型 ("中共××县财政局支部委员会" → 党支部).
 * Undefined when the text names no kind (院系党组织, 党小组).
 */
export function organisationKind(text: string): OrganisationKind | undefined {
  const compact = toHalfWidth(text).replace(/\s/g, '');
  const coded = kindByCode[compact];
  if (coded !== undefined) return coded;
  if (compact.includes('临时')) return '临时党组织';
  if (compact.includes('联合') && compact.includes('支部')) return '联合党支部';
  if (compact.includes('总支')) return '党总支';
  if (compact.includes('支部')) return '党支部';
  if (/党组$/u.test(compact)) return '党组';
  if (/(?:工委|工作委员会)$/u.test(compact)) return '党工委';
  if (compact.includes('党委') || /委员会$/u.test(compact)) return '党委';
  return undefined;
}

/**
 * The term of office of a kind of 党组织, in years, or undefined when it holds no elections on a fixed
 * term (临时 organisations are appointed; 党组 and 党工委 are not elected bodies).
 */
export function termYears(kind: OrganisationKind, name: string): number | undefined {
  // 中办《关于党的基层组织任期的意见》(2018): 村、社区 党组织 5年 whatever their kind (RULES.md §5.2).
  if ((kind === '党委' || kind === '党总支' || kind === '党支部' || kind === '联合党支部') && /村(?:党|支部|总支|委员会)|社区/u.test(name)) return 5;
  switch (kind) {
    case '党委':
      return 5;
    case '党总支':
    case '党支部':
    case '联合党支部':
      return 3;
    default:
      return undefined;
  }
}
