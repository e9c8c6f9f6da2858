import type { EnumOption } from '../templates/Template';

/** Taizhang's summary groups for 学历 (RULES.md §10), lowest first after 研究生. */
export type EducationBucket = '研究生' | '大学本科' | '大学专科' | '中专' | '高中（含职高、技校）' | '初中及以下';

export const educationBuckets: readonly EducationBucket[] = ['研究生', '大学本科', '大学专科', '中专', '高中（含职高、技校）', '初中及以下'];

interface EducationLevel {
  readonly value: string;
  readonly aliases: readonly string[];
  readonly bucket: EducationBucket | undefined;
}

/** GB/T 4658-2006 files 毕业, 结业 and 肄业 under the same level of education (RULES.md §6.2). */
function gbNames(level: string): string[] {
  return [`${level}毕业`, `${level}结业`, `${level}肄业`];
}

/**
 * Canonical values are the party-statistics 学历 list (RULES.md §6.2), plus 研究生 for a postgraduate
 * level given without saying which. Aliases: GB/T 4658-2006 names and codes, and the short forms real
 * rosters use. The half-width "(区、市)" spellings are there because cell text is made half-width before
 * matching. A 党校 degree that does not name 中央党校 is counted with the 省（区、市）委党校 one.
 */
const LEVELS: readonly EducationLevel[] = [
  { value: '博士研究生', aliases: ['博士', '博士研究生学历', '博士及以上', ...gbNames('博士研究生'), '11', '12', '13'], bucket: '研究生' },
  { value: '硕士研究生', aliases: ['硕士', '硕士研究生学历', ...gbNames('硕士研究生'), '14', '15', '16'], bucket: '研究生' },
  { value: '硕士生班', aliases: ['研究生班', '硕士研究生班', ...gbNames('研究生班'), '17', '18', '19'], bucket: '研究生' },
  { value: '研究生', aliases: ['研究生学历', '研究生教育', '研究生及以上', '10'], bucket: '研究生' },
  { value: '中央党校研究生', aliases: [], bucket: '研究生' },
  {
    value: '省（区、市）委党校研究生',
    aliases: ['省(区、市)委党校研究生', '省委党校研究生', '党校研究生'],
    bucket: '研究生',
  },
  { value: '大学', aliases: ['本科', '大学本科', '大本', '大学本科学历', '大学本科教育', ...gbNames('大学本科'), '20', '21', '22', '23'], bucket: '大学本科' },
  { value: '大学普通班', aliases: ['大学普通班毕业', '28'], bucket: '大学本科' },
  { value: '第二学士学位班', aliases: ['第二学士学位'], bucket: '大学本科' },
  { value: '中央党校大学', aliases: ['中央党校本科'], bucket: '大学本科' },
  {
    value: '省（区、市）委党校大学',
    aliases: ['省(区、市)委党校大学', '省委党校大学', '省委党校本科', '党校大学', '党校本科'],
    bucket: '大学本科',
  },
  {
    value: '大专',
    aliases: ['专科', '大学专科', '大专学历', '大学专科学历', '大学专科教育', '高职', '高职高专', ...gbNames('大学专科'), '30', '31', '32', '33'],
    bucket: '大学专科',
  },
  { value: '中央党校大专', aliases: ['中央党校专科'], bucket: '大学专科' },
  {
    value: '省（区、市）委党校大专',
    aliases: ['省(区、市)委党校大专', '省委党校大专', '省委党校专科', '党校大专', '党校专科'],
    bucket: '大学专科',
  },
  { value: '中等专科', aliases: ['中专', '中等专业学校', '中师', '中等师范', ...gbNames('中等专科'), '41', '42', '43'], bucket: '中专' },
  { value: '职业高中', aliases: ['职高', ...gbNames('职业高中'), '44', '45', '46'], bucket: '高中（含职高、技校）' },
  { value: '技工学校', aliases: ['技校', '中技', ...gbNames('技工学校'), '47', '48', '49'], bucket: '高中（含职高、技校）' },
  {
    value: '普通高中',
    aliases: ['高中', '普通高级中学', '普通高级中学教育', ...gbNames('普通高中'), '60', '61', '62', '63'],
    bucket: '高中（含职高、技校）',
  },
  { value: '初中', aliases: ['初级中学', '初级中学教育', '初中毕业', '初中肄业', '70', '71', '73'], bucket: '初中及以下' },
  { value: '小学', aliases: ['小学教育', '小学毕业', '小学肄业', '80', '81', '83'], bucket: '初中及以下' },
  { value: '其他', aliases: ['90'], bucket: undefined },
];

/**
 * Allowed 学历 values and their other spellings. GB/T 4658 names and codes, party-statistics names and
 * the short forms rosters use (本科, 大本) are all accepted as written: none is offered as a fix.
 */
export const educationOptions: readonly EnumOption[] = LEVELS.map(({ value, aliases }) => ({ value, synonyms: aliases }));

const BUCKET_OF: ReadonlyMap<string, EducationBucket | undefined> = new Map(LEVELS.map((level) => [level.value, level.bucket]));

/**
 * The summary group of a canonical 学历 value (党校 degrees count at their level: 党校大学 → 大学本科).
 * Undefined for 其他 and for anything that is not a canonical value.
 */
export function educationBucket(canonical: string): EducationBucket | undefined {
  return BUCKET_OF.get(canonical);
}

const COLLEGE_OR_ABOVE: ReadonlySet<EducationBucket> = new Set<EducationBucket>(['研究生', '大学本科', '大学专科']);

/** 大专及以上, the 党内统计公报's headline split (RULES.md §7). */
export function isCollegeOrAbove(canonical: string): boolean {
  const bucket = BUCKET_OF.get(canonical);
  return bucket !== undefined && COLLEGE_OR_ABOVE.has(bucket);
}
