import type { EnumOption } from '../templates/Template';

/** Who a member is for 党费 purposes: each kind pays by its own rule (党费规定, RULES.md §3). */
export type DuesPersonType = '在职' | '离退休' | '学生' | '农民' | '下岗失业' | '低保' | '其他';

export const duesPersonTypes: readonly DuesPersonType[] = ['在职', '离退休', '学生', '农民', '下岗失业', '低保', '其他'];

export function isDuesPersonType(value: unknown): value is DuesPersonType {
  return typeof value === 'string' && (duesPersonTypes as readonly string[]).includes(value);
}

export const duesPersonTypeOptions: readonly EnumOption[] = [
  { value: '在职', aliases: ['在职人员', '在职党员', '在岗', '在职职工'], synonyms: ['年薪制', '个体经营'] },
  { value: '离退休', aliases: ['退休', '离休', '离退休人员', '退休人员', '离休人员', '离退休干部', '退休党员'] },
  { value: '学生', aliases: ['学生党员', '在校学生'] },
  { value: '农民', aliases: ['农民党员', '农牧渔民'] },
  { value: '下岗失业', aliases: ['下岗', '失业', '下岗职工', '失业人员', '下岗失业人员'] },
  { value: '低保', synonyms: ['领取最低生活保障金', '依靠抚恤或救济生活'] },
  { value: '其他' },
];

/** How the exact amount (base × rate) is brought to a payable one. */
export interface DuesRounding {
  /** The unit in 元: 0.01 (分), 0.1 (角) or 1 (元). */
  readonly step: 0.01 | 0.1 | 1;
  readonly mode: 'halfUp' | 'down';
}

/** RULES.md §3, §10: no rounding rule was found; Taizhang shows 0.01 元 half-up. */
export const defaultDuesRounding: DuesRounding = { step: 0.01, mode: 'halfUp' };

interface Bracket {
  /** Upper bound of the base in 元, inclusive. */
  readonly upTo: number;
  /** Rate in 千分之. */
  readonly permille: number;
}

// 党费规定第二条 (在职): ≤3000 0.5%, ≤5000 1%, ≤10000 1.5%, above 2%.
const workingBrackets: readonly Bracket[] = [
  { upTo: 3000, permille: 5 },
  { upTo: 5000, permille: 10 },
  { upTo: 10000, permille: 15 },
  { upTo: Number.POSITIVE_INFINITY, permille: 20 },
];

// 党费规定 (离退休): ≤5000 0.5%, above 1%.
const retiredBrackets: readonly Bracket[] = [
  { upTo: 5000, permille: 5 },
  { upTo: Number.POSITIVE_INFINITY, permille: 10 },
];

/** 党费规定第六条: 学生, 下岗失业, 低保 and 抚恤救济 pay 0.2元; 农民 0.2–1元 (in 分). */
const FLAT_FEN = 20;
const FARMER_MAX_FEN = 100;

/** The monthly amount a member owes, in 分: an exact amount from a bracket rate or a flat one, or a range. */
export type ExpectedDues =
  | { readonly kind: 'rate'; readonly fen: number; readonly permille: number }
  | { readonly kind: 'flat'; readonly fen: number }
  | { readonly kind: 'range'; readonly minFen: number; readonly maxFen: number };

function rounded(numerator: number, denominator: number, rounding: DuesRounding): number {
  const stepFen = Math.round(rounding.step * 100);
  const unit = denominator * stepFen;
  const steps = rounding.mode === 'halfUp' ? Math.floor((2 * numerator + unit) / (2 * unit)) : Math.floor(numerator / unit);
  return steps * stepFen;
}

/**
 * What a member of a kind with a monthly base (元, after tax) owes a month. 全额累进: the whole base is
 * multiplied by the rate of its bracket (共产党员网 党务问答: 5100 → 76.5元, 4900 → 49元), computed in
 * integer 分 so no binary fraction shifts a half. Undefined for 其他, and for a rate kind without a base.
 *
 * @example expectedMonthlyDues('在职', 5100) // { kind: 'rate', fen: 7650, permille: 15 }
 */
export function expectedMonthlyDues(type: DuesPersonType, base: number | undefined, rounding: DuesRounding = defaultDuesRounding): ExpectedDues | undefined {
  switch (type) {
    case '学生':
    case '下岗失业':
    case '低保':
      return { kind: 'flat', fen: FLAT_FEN };
    case '农民':
      return { kind: 'range', minFen: FLAT_FEN, maxFen: FARMER_MAX_FEN };
    case '其他':
      return undefined;
    case '在职':
    case '离退休': {
      if (base === undefined || base < 0) return undefined;
      const brackets = type === '在职' ? workingBrackets : retiredBrackets;
      const bracket = brackets.find((candidate) => base <= candidate.upTo) ?? brackets[brackets.length - 1];
      if (bracket === undefined) return undefined;
      const baseFen = Math.round(base * 100);
      return { kind: 'rate', fen: rounded(baseFen * bracket.permille, 1000, rounding), permille: bracket.permille };
    }
  }
}

/** An amount in 分 as 元 text with two decimals: 7650 → "76.50". */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A rate in 千分之 as percent text: 15 → "1.5%". */
export function permilleText(permille: number): string {
  return `${permille / 10}%`;
}
