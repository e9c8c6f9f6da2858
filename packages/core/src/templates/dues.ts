import { datesNotAfterAsOf } from '../checks/datesNotAfterAsOf';
import { duesAmount } from '../checks/duesAmount';
import { monthFields } from '../checks/duesMonths';
import { nonNegativeAmounts } from '../checks/nonNegativeAmounts';
import { payMonthRange } from '../checks/payMonthRange';
import { unpaidMonths } from '../checks/unpaidMonths';
import { unpaidPayments } from '../checks/unpaidPayments';
import { defaultDuesRounding, duesPersonTypeOptions, type DuesRounding } from '../codes/duesRates';
import type { FieldSpec, Template } from './Template';

export interface DuesTemplateOptions {
  /** How base × rate becomes the amount owed; 0.01元 half-up by default (RULES.md §10). */
  readonly rounding?: DuesRounding;
}

const CHINESE_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The member and amount columns both 党费 layouts share (RULES.md §1.2, §3). */
const memberFields: readonly FieldSpec[] = [
  { id: 'name', label: '姓名', aliases: ['党员姓名'], type: 'text', required: true },
  {
    id: 'idNumber',
    label: '公民身份号码',
    aliases: ['公民身份证号', '公民身份证号码', '身份证号', '身份证号码', '身份号码', '身份证'],
    type: 'idNumber',
  },
  { id: 'branch', label: '所在党支部', aliases: ['所属党支部', '党支部名称', '所在党支部全称', '支部', '党支部'], type: 'text' },
  { id: 'personType', label: '人员类型', aliases: ['人员类别', '党员类型', '人员身份', '收入类型'], type: 'enum', onlyWhenValuesMatch: true, options: duesPersonTypeOptions },
  {
    id: 'base',
    label: '计算基数',
    aliases: ['党费计算基数', '党费基数', '缴费基数', '计费基数', '交纳基数', '税后月收入', '月收入', '工资基数', '月工资收入', '税后工资'],
    type: 'number',
  },
  {
    id: 'monthlyDue',
    label: '月应缴党费',
    aliases: ['月应缴纳党费', '应缴党费', '每月应缴党费', '月交纳党费', '月缴纳党费', '党费标准', '月应交党费', '应交党费', '月交纳党费数额'],
    type: 'number',
  },
];

const monthColumns: readonly FieldSpec[] = monthFields.map((id, index) => ({
  id,
  label: `${index + 1}月`,
  aliases: [`${CHINESE_MONTHS[index] ?? ''}月`, `${String(index + 1).padStart(2, '0')}月`, `${index + 1}月份`],
  type: 'number',
}));

/**
 * 党费收缴台账, one row per member and a column per month (1月 … 12月) of the as-of year. The signature
 * needs 月应缴党费, which no roster has.
 */
export function createDuesTemplate(options: DuesTemplateOptions = {}): Template {
  return {
    id: 'dues',
    name: { 'zh-CN': '党费收缴台账', en: 'Party dues ledger (by month)' },
    signature: ['name', 'monthlyDue'],
    fields: [...memberFields, ...monthColumns],
    rowRules: [nonNegativeAmounts(['base', 'monthlyDue', ...monthFields]), duesAmount(options.rounding ?? defaultDuesRounding), unpaidMonths],
    tableRules: [],
  };
}

/**
 * 党费缴纳记录, one row per payment: 缴费月份 (or 缴费起始月份 … 缴费截止月份) and 实缴金额, as in the owip
 * 党费补缴 template (RULES.md §8). Several rows may be one member's.
 */
export function createDuesPaymentsTemplate(options: DuesTemplateOptions = {}): Template {
  return {
    id: 'dues-payments',
    name: { 'zh-CN': '党费缴纳记录', en: 'Party dues payments' },
    signature: ['name', 'paidAmount'],
    fields: [
      ...memberFields,
      { id: 'payMonth', label: '缴费月份', aliases: ['缴费起始月份', '起始月份', '所属月份', '党费月份', '缴纳月份', '交纳月份', '缴费年月'], type: 'date' },
      { id: 'payMonthEnd', label: '缴费截止月份', aliases: ['截止月份', '缴费终止月份', '缴费结束月份'], type: 'date' },
      { id: 'paidAmount', label: '实缴金额', aliases: ['缴费金额', '实缴党费', '实缴', '缴纳金额', '实交金额', '实交党费', '金额'], type: 'number' },
    ],
    rowRules: [
      nonNegativeAmounts(['base', 'monthlyDue', 'paidAmount']),
      datesNotAfterAsOf(['payMonth', 'payMonthEnd']),
      payMonthRange,
      duesAmount(options.rounding ?? defaultDuesRounding),
    ],
    tableRules: [unpaidPayments],
  };
}

export const duesTemplate: Template = createDuesTemplate();
export const duesPaymentsTemplate: Template = createDuesPaymentsTemplate();
