import { UNPAID_RUN_MONTHS } from '../checks/duesMonths';
import { formatDate } from '../dates/dateMath';
import { precisionOf } from '../dates/PartialDate';
import { share } from '../stats/share';
import type { HeadlineFigure, Summary, SummaryColumn, SummaryTable, SummaryTableRow } from '../summary/Summary';
import { duesCollection, type CollectionLine } from './duesCollection';
import type { LedgerSummaryInput } from './LedgerSummaryInput';

const defaultTitle = '党费收缴情况汇总';

export interface DuesSummaryInput extends LedgerSummaryInput {
  /** The layout of the rows: a column per month (`dues`, the default) or a row per payment. */
  readonly template?: 'dues' | 'dues-payments';
}

/** Amounts in 元 use the `amount` format, shown with two decimals. */
function amountRow(line: CollectionLine): SummaryTableRow {
  return { label: line.label, values: { members: line.members, due: line.due, paid: line.paid, rate: line.rate, late: line.late } };
}

function amountColumns(first: string, lateLabel: string): SummaryColumn[] {
  return [
    { key: 'label', label: first, format: 'text' },
    { key: 'members', label: '人数', format: 'count' },
    { key: 'due', label: '应缴（元）', format: 'amount' },
    { key: 'paid', label: '实缴（元）', format: 'amount' },
    { key: 'rate', label: '收缴率', format: 'percent' },
    { key: 'late', label: lateLabel, format: 'count' },
  ];
}

/**
 * The 党费 summary of issue 5 (RULES.md §3, §7): 应缴 / 实缴 and the collection rate by branch and by
 * month over the months of the as-of year already over, and the members not paying on time with their
 * unpaid months (six in a row: 党章 自行脱党). `duesCollection` gives the same figures as numbers (元) for
 * `--json`; the tables show amounts as text to the 分.
 *
 * @throws RangeError when `asOf` is not to the day.
 */
export function buildDuesSummary(input: DuesSummaryInput): Summary {
  if (precisionOf(input.asOf) !== 'day') throw new RangeError('buildDuesSummary requires an as-of date to the day');
  const template = input.template ?? 'dues';
  const collection = duesCollection(input.rows, input.asOf, template);
  const members = collection.branches.reduce((sum, line) => sum + line.members, 0) + collection.excluded.members;
  const late = collection.latePayers.length;
  const sixInARow = collection.latePayers.filter((payer) => payer.longestRun >= UNPAID_RUN_MONTHS).length;
  const headline: Record<string, HeadlineFigure> = {
    members: { label: '党员人数', count: members },
    paidOnTime: { label: '按月足额缴纳', count: members - late, share: share(members - late, members) },
    latePayers: { label: '有月份未缴纳', count: late, share: share(late, members) },
    unpaidSixMonths: { label: `连续${UNPAID_RUN_MONTHS}个月以上未缴纳`, count: sixInARow, share: share(sixInARow, members) },
  };
  const tables: SummaryTable[] = [
    {
      id: 'branches',
      title: '各党支部党费收缴情况',
      columns: amountColumns('党支部', '未按时缴纳人数'),
      rows: collection.branches.map((line) => amountRow(line)),
      excluded: { label: collection.excluded.label, values: { members: collection.excluded.members, paid: collection.excluded.paid } },
      total: amountRow(collection.total),
    },
    {
      id: 'months',
      title: '各月党费收缴情况',
      columns: amountColumns('月份', '未缴人数'),
      rows: collection.byMonth.map((line) => amountRow(line)),
    },
    {
      id: 'latePayers',
      title: '未按时缴纳党费党员',
      columns: [
        { key: 'label', label: '姓名', format: 'text' },
        { key: 'branch', label: '党支部', format: 'text' },
        { key: 'unpaidMonths', label: '未缴月份', format: 'text' },
        { key: 'months', label: '未缴月数', format: 'count' },
        { key: 'longestRun', label: '最长连续未缴月数', format: 'count' },
      ],
      rows: collection.latePayers.map((payer) => ({
        label: payer.name,
        values: { branch: payer.branch ?? '', unpaidMonths: payer.unpaidMonths.map((month) => `${month}月`).join('、'), months: payer.unpaidMonths.length, longestRun: payer.longestRun },
      })),
    },
  ];
  const notes = [`应缴按月应缴党费乘以截至统计日期已结束的 ${collection.months} 个月计算。`];
  if (collection.excluded.members > 0) notes.push(`${collection.excluded.members} 人月应缴党费有误或缺失，未计入应缴和收缴率。`);
  return {
    title: input.title ?? defaultTitle,
    asOf: formatDate(input.asOf),
    template,
    sources: input.sources,
    headline,
    tables,
    charts: [{ id: 'monthsChart', kind: 'bar', title: '各月党费收缴率', table: 'months', series: ['rate'] }],
    notes,
  };
}
