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
  /** The summary sheets written, named as in the workbook. */
  readonly summaryDone: (sheets: readonly string[]) => string;
  readonly checkAll: string;
  readonly readingSheet: (sheet: string, index: number, count: number, read: number, total: number) => string;
  readonly checkingSheet: (sheet: string, index: number, count: number) => string;
  readonly workbookChecked: (sheets: number, ledgers: number) => string;
  readonly sheetList: string;
  readonly notLedger: string;
  /** An error that happened on one of several sheets. */
  readonly onSheet: (sheet: string, text: string) => string;
  readonly leftoversCleaned: (count: number) => string;
  readonly oldExcelTitle: string;
  readonly oldExcel: string;
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
  summaryDone: (sheets) => `已生成${sheets.map((sheet) => `“${sheet}”`).join('、')}工作表。`,
  checkAll: '检查全部工作表',
  readingSheet: (sheet, index, count, read, total) => `正在读取「${sheet}」（第 ${index} / ${count} 张）第 ${read.toLocaleString('zh-CN')} / ${total.toLocaleString('zh-CN')} 行…`,
  checkingSheet: (sheet, index, count) => `正在检查「${sheet}」（第 ${index} / ${count} 张）…`,
  workbookChecked: (sheets, ledgers) => `已检查 ${sheets} 张工作表，其中 ${ledgers} 张是台账。`,
  sheetList: '工作表',
  notLedger: '未识别为台账',
  onSheet: (sheet, text) => `工作表「${sheet}」：${text}`,
  leftoversCleaned: (count) => `上次生成汇总时任务窗格中途关闭，留下的 ${count} 个临时工作表已清理，工作簿已恢复完整。`,
  oldExcelTitle: '此版本的 Excel 无法运行党建台账助手',
  oldExcel: '党建台账助手需要 Excel 2021 或更高版本、Microsoft 365 或网页版 Excel。请升级 Excel，或在浏览器中用网页版 Excel 打开此工作簿。',
  errorTitle: '操作未完成',
  dismiss: '关闭',
  errors: {
    cancelled: '已取消。',
    checkFailed: '检查时出错，请重试。如果一再出现，请把这张表另存一份发给管理员。',
    notRecognised: '没有认出这张表是哪种台账：请确认表头里有“姓名”“入党时间”等列，或在“台账类型”中手动选择。',
    noSummary: '这张表没有可生成的汇总：党员花名册、党组织、发展党员、党费和三会一课台账才有汇总。',
    readFailed: '读取工作表失败：请确认没有正在编辑的单元格（按 Esc 退出编辑），然后重试。',
    cellTooLarge: '有单元格内容过长，无法读取：请检查是否有超长的备注。',
    sheetMissing: '找不到检查时的工作表，它可能已被重命名或删除：请重新检查。',
    markFailed: '标记问题单元格失败，已撤销已做的标记。',
    clearFailed: '清除标记失败：请重试。',
    selectFailed: '无法定位到该单元格：请确认工作表没有被保护或隐藏。',
    summaryFailed: '生成汇总失败，工作簿已恢复原样：请重试。',
    summaryRollbackFailed: '生成汇总失败，且未能完全恢复：请关闭并重新打开任务窗格，遗留的“汇总（生成中）”等临时工作表会被自动清理。',
    sheetChanged: '检查期间工作表被改动过（插入、删除、排序或编辑了行），为免标错单元格，结果未采用：请重新检查。',
    sheetProtected: '工作表受保护，无法标记问题单元格，没有做任何标记：请在“审阅”选项卡中撤销工作表保护后重试。',
    readOnly: '工作簿以只读方式打开，无法写入，工作簿未被改动：请先点击“启用编辑”（或另存一份）后重试。',
    workbookProtected: '工作簿结构受保护，无法添加汇总工作表，工作簿未被改动：请在“审阅”选项卡中撤销工作簿保护后重试。',
    templateReadFailed: '读取工作簿中保存的模板失败：请重新打开任务窗格。',
    templateSaveFailed: '模板未能保存到工作簿：请确认工作簿没有以只读方式打开，然后重试。',
    fixFailed: '修正未完成，工作簿已恢复原样：请重试。',
    fixRollbackFailed: '修正未完成，且未能完全恢复：请查看“修改记录”工作表，核对其中列出的单元格。',
    fixProtected: '工作表或工作簿结构受保护，无法修正，工作簿未被改动：请在“审阅”选项卡中撤销保护后重试。',
    undoFailed: '撤销未完成：请再点一次“撤销”，已恢复的单元格不会重复改动。',
    nothingToUndo: '没有可以撤销的修正。',
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
  summaryDone: (sheets) => (sheets.length === 1 ? `The ${sheets[0] ?? ''} (summary) sheet is ready.` : `The summary sheets ${sheets.join(', ')} are ready.`),
  checkAll: 'Check all sheets',
  readingSheet: (sheet, index, count, read, total) => `Reading "${sheet}" (sheet ${index} of ${count}), row ${read.toLocaleString('en')} of ${total.toLocaleString('en')}…`,
  checkingSheet: (sheet, index, count) => `Checking "${sheet}" (sheet ${index} of ${count})…`,
  workbookChecked: (sheets, ledgers) => `Checked ${sheets} sheet${sheets === 1 ? '' : 's'}; ${ledgers} ${ledgers === 1 ? 'is a ledger' : 'are ledgers'}.`,
  sheetList: 'Sheets',
  notLedger: 'not a ledger',
  onSheet: (sheet, text) => `Sheet "${sheet}": ${text}`,
  leftoversCleaned: (count) => `The pane was closed while building a summary last time; the ${count} temporary sheet${count === 1 ? '' : 's'} it left were removed and the workbook is whole again.`,
  oldExcelTitle: 'This version of Excel cannot run 党建台账助手',
  oldExcel: '党建台账助手 needs Excel 2021 or later, Microsoft 365 or Excel on the web. Update Excel, or open this workbook in Excel on the web.',
  errorTitle: 'Not done',
  dismiss: 'Dismiss',
  errors: {
    cancelled: 'Cancelled.',
    checkFailed: 'The check failed. Try again; if it keeps failing, send a copy of the sheet to your administrator.',
    notRecognised: 'This sheet is not a known ledger: make sure the header has columns such as 姓名 and 入党时间, or pick the ledger type by hand.',
    noSummary: 'This sheet has no summary: rosters and the 党组织, 发展党员, 党费 and 三会一课 ledgers have one.',
    readFailed: 'Could not read the sheet: leave cell editing (press Esc) and try again.',
    cellTooLarge: 'A cell is too long to read: look for an oversized note.',
    sheetMissing: 'The checked sheet is gone; it may have been renamed or deleted. Check again.',
    markFailed: 'Highlighting failed; the highlights made so far were removed.',
    clearFailed: 'Could not remove the highlights. Try again.',
    selectFailed: 'Could not go to that cell: the sheet may be protected or hidden.',
    summaryFailed: 'Building the summary failed and the workbook was put back as it was. Try again.',
    summaryRollbackFailed: 'Building the summary failed and could not be fully undone: close and reopen the task pane, which removes any sheet left behind such as 汇总（生成中）.',
    sheetChanged: 'The sheet was changed during the check (rows inserted, deleted, sorted or edited), so the results were not used and nothing was highlighted. Check again.',
    sheetProtected: 'The sheet is protected, so no cell was highlighted. Unprotect it (Review tab) and try again.',
    readOnly: 'The workbook is open read-only and was not changed. Choose Enable Editing (or save a copy) and try again.',
    workbookProtected: 'The workbook structure is protected, so no summary sheet could be added; the workbook was not changed. Unprotect it (Review tab) and try again.',
    templateReadFailed: 'Could not read the templates saved in the workbook. Reopen the task pane.',
    templateSaveFailed: 'The template could not be saved in the workbook: make sure it is not open read-only, and try again.',
    fixFailed: 'The fixes were not applied and the workbook was put back as it was. Try again.',
    fixRollbackFailed: 'The fixes were not applied and could not be fully undone: check the cells listed on the 修改记录 (change log) sheet.',
    fixProtected: 'The sheet or the workbook structure is protected, so nothing was fixed and the workbook was not changed. Unprotect it (Review tab) and try again.',
    undoFailed: 'Undo did not finish: choose Undo again; cells already restored are not changed twice.',
    nothingToUndo: 'There are no fixes to undo.',
    unknown: 'Something unexpected went wrong. Try again.',
  },
};

export function stringsFor(locale: Locale): Strings {
  return locale === 'en' ? en : zhCN;
}
