import type { Locale, Severity } from '@taizhang/core';
import type { WorkbookErrorCode } from '../host/WorkbookError';

export interface Strings {
  readonly intro: string;
  readonly template: string;
  readonly autoTemplate: string;
  readonly asOf: string;
  readonly check: string;
  readonly recheck: string;
  readonly cancel: string;
  readonly reading: (read: number, total: number) => string;
  readonly checking: string;
  readonly recognised: (template: string) => string;
  readonly headerRow: (row: number) => string;
  readonly dataRows: (first: number, last: number) => string;
  readonly skipped: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly filterLabel: string;
  readonly noIssues: string;
  readonly noIssuesShown: string;
  readonly issueList: string;
  readonly rows: (rows: readonly number[], more: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly position: (index: number, total: number) => string;
  readonly mark: string;
  readonly summarize: string;
  readonly summarizing: string;
  readonly summaryDone: string;
  readonly errorTitle: string;
  readonly dismiss: string;
  readonly errors: Readonly<Record<WorkbookErrorCode | 'unknown', string>>;
}

const zhCN: Strings = {
  intro: '打开要检查的工作表，然后点击“检查”。检查只读取当前工作表，不改动其中的数据。',
  template: '台账类型',
  autoTemplate: '自动识别',
  asOf: '统计截至',
  check: '检查',
  recheck: '重新检查',
  cancel: '取消',
  reading: (read, total) => `正在读取第 ${read.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 行…`,
  checking: '正在检查…',
  recognised: (template) => `已识别为${template}`,
  headerRow: (row) => `表头在第 ${row} 行`,
  dataRows: (first, last) => `数据第 ${first}–${last} 行`,
  skipped: '未能识别此表',
  severity: { error: '错误', warning: '警告', info: '提示' },
  filterLabel: '按类别筛选',
  noIssues: '没有发现问题。',
  noIssuesShown: '当前筛选下没有问题。',
  issueList: '问题列表',
  rows: (rows, more) => `第 ${rows.join('、')} 行${more > 0 ? ` 等 ${rows.length + more} 处` : ''}`,
  previous: '上一个',
  next: '下一个',
  position: (index, total) => `第 ${index} / ${total} 处`,
  mark: '标记问题单元格',
  summarize: '生成汇总',
  summarizing: '正在生成汇总…',
  summaryDone: '已生成“汇总”工作表。',
  errorTitle: '操作未完成',
  dismiss: '关闭',
  errors: {
    cancelled: '已取消。',
    checkFailed: '检查时出错，请重试。如果一再出现，请把这张表另存一份发给管理员。',
    notRecognised: '没有认出这张表是哪种台账：请确认表头里有“姓名”“入党时间”等列，或在“台账类型”中手动选择。',
    notRoster: '目前只能为党员花名册生成汇总。',
    readFailed: '读取工作表失败：请确认没有正在编辑的单元格（按 Esc 退出编辑），然后重试。',
    cellTooLarge: '有单元格内容过长，无法读取：请检查是否有超长的备注。',
    sheetMissing: '找不到检查时的工作表，它可能已被重命名或删除：请重新检查。',
    markFailed: '标记问题单元格失败，已撤销已做的标记。',
    clearFailed: '清除标记失败：请重试。',
    selectFailed: '无法定位到该单元格：请确认工作表没有被保护或隐藏。',
    summaryFailed: '生成汇总失败，工作簿已恢复原样：请重试。',
    summaryRollbackFailed: '生成汇总失败，且未能完全恢复：请检查是否多出了名为“汇总（生成中）”的工作表并手动删除。',
    unknown: '出现了意外错误，请重试。',
  },
};

const en: Strings = {
  intro: 'Open the sheet to check, then choose Check. Checking only reads the active sheet and changes none of its data.',
  template: 'Ledger type',
  autoTemplate: 'Detect automatically',
  asOf: 'As of',
  check: 'Check',
  recheck: 'Check again',
  cancel: 'Cancel',
  reading: (read, total) => `Reading row ${read.toLocaleString('en')} of ${total.toLocaleString('en')}…`,
  checking: 'Checking…',
  recognised: (template) => `Recognised as ${template}`,
  headerRow: (row) => `header in row ${row}`,
  dataRows: (first, last) => `data in rows ${first}–${last}`,
  skipped: 'Sheet not recognised',
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  filterLabel: 'Filter by kind',
  noIssues: 'No problems found.',
  noIssuesShown: 'No problems match the filter.',
  issueList: 'Problems',
  rows: (rows, more) => `row${rows.length > 1 ? 's' : ''} ${rows.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  previous: 'Previous',
  next: 'Next',
  position: (index, total) => `${index} of ${total}`,
  mark: 'Highlight problem cells',
  summarize: 'Build summary',
  summarizing: 'Building the summary…',
  summaryDone: 'The 汇总 (summary) sheet is ready.',
  errorTitle: 'Not done',
  dismiss: 'Dismiss',
  errors: {
    cancelled: 'Cancelled.',
    checkFailed: 'The check failed. Try again; if it keeps failing, send a copy of the sheet to your administrator.',
    notRecognised: 'This sheet is not a known ledger: make sure the header has columns such as 姓名 and 入党时间, or pick the ledger type by hand.',
    notRoster: 'Summaries can only be built for a party member roster for now.',
    readFailed: 'Could not read the sheet: leave cell editing (press Esc) and try again.',
    cellTooLarge: 'A cell is too long to read: look for an oversized note.',
    sheetMissing: 'The checked sheet is gone; it may have been renamed or deleted. Check again.',
    markFailed: 'Highlighting failed; the highlights made so far were removed.',
    clearFailed: 'Could not remove the highlights. Try again.',
    selectFailed: 'Could not go to that cell: the sheet may be protected or hidden.',
    summaryFailed: 'Building the summary failed and the workbook was put back as it was. Try again.',
    summaryRollbackFailed: 'Building the summary failed and could not be fully undone: delete any sheet named 汇总（生成中） by hand.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
};

export function stringsFor(locale: Locale): Strings {
  return locale === 'en' ? en : zhCN;
}
