import type { EnumOption } from '../templates/Template';

export const ETHNICITY_HAN = '汉族';

// GB/T 3304-1991 民族名称, codes 01–56 in the standard's order (RULES.md §6.1).
const NAMES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
] as const;

// Former names and a common typo (RULES.md §6.1).
const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  毛南族: ['毛难族', '毛难'],
  德昂族: ['崩龙族', '崩龙'],
  基诺族: ['基洛族', '基洛'],
};

/**
 * Each name is also accepted without 族 (as printed on ID cards: 汉, 维吾尔) and as its 2-digit code,
 * with or without the leading zero that Excel drops when the code is typed as a number.
 */
function optionOf(name: string, index: number): EnumOption {
  const code = index + 1;
  const codes = code < 10 ? [`0${code}`, String(code)] : [String(code)];
  return { value: name, aliases: [name.slice(0, -1), ...codes, ...(FORMER_NAMES[name] ?? [])] };
}

/** The 56 民族 of GB/T 3304 in code order, then 97 其他 and 98 外国血统中国籍人士 (RULES.md §6.1). */
export const ethnicityOptions: readonly EnumOption[] = [
  ...NAMES.map(optionOf),
  { value: '其他', aliases: ['其他族', '未识别民族', '97'] },
  { value: '外国血统中国籍人士', aliases: ['外国血统', '98'] },
];
