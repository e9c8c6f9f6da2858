import type { CustomFieldType, Locale } from '@taizhang/core';

export interface TemplateStrings {
  readonly newTemplate: string;
  readonly adjustTemplate: string;
  readonly title: string;
  readonly name: string;
  readonly extending: (ledger: string) => string;
  readonly intro: (headerRow: number) => string;
  readonly columns: string;
  readonly field: (header: string) => string;
  readonly type: (header: string) => string;
  readonly required: string;
  readonly requiredOf: (header: string) => string;
  readonly ownField: string;
  readonly skip: string;
  readonly types: Readonly<Record<CustomFieldType, string>>;
  readonly problems: string;
  readonly preview: string;
  readonly previewing: string;
  readonly previewCounts: (errors: number, warnings: number, notes: number) => string;
  readonly previewNone: string;
  readonly previewFailed: string;
  readonly save: string;
  readonly saved: (name: string) => string;
  readonly cancel: string;
  readonly exportJson: string;
  readonly importJson: string;
  readonly importFailed: string;
  readonly importMismatch: string;
  readonly remove: string;
  readonly removed: string;
  readonly noHeader: string;
  readonly savedProblems: (problems: string) => string;
}

const zhCN: TemplateStrings = {
  newTemplate: '为此表建立模板',
  adjustTemplate: '调整模板',
  title: '台账模板',
  name: '模板名称',
  extending: (ledger) => `在“${ledger}”的基础上增加或调整列`,
  intro: (headerRow) => `表头在第 ${headerRow} 行。为每一列选择字段和类型，并勾选必填项；下方即时预览检查结果。模板保存在本工作簿中，随文件一起发给同事。`,
  columns: '各列',
  field: (header) => `“${header}”列的字段`,
  type: (header) => `“${header}”列的类型`,
  required: '必填',
  requiredOf: (header) => `“${header}”列必填`,
  ownField: '本列（自定义字段）',
  skip: '不检查此列',
  types: { text: '文本', integer: '整数', number: '数字', date: '日期', enum: '可选值', 'id-number': '身份证号', phone: '电话号码' },
  problems: '模板还有问题，暂不能保存',
  preview: '预览',
  previewing: '正在预览…',
  previewCounts: (errors, warnings, notes) => `错误 ${errors} · 警告 ${warnings} · 提示 ${notes}`,
  previewNone: '按此模板检查，没有发现问题。',
  previewFailed: '预览失败：请检查模板。',
  save: '保存到工作簿',
  saved: (name) => `模板“${name}”已保存到本工作簿。`,
  cancel: '返回',
  exportJson: '导出 JSON',
  importJson: '导入 JSON',
  importFailed: '导入的文件不是有效的模板',
  importMismatch: '导入的模板与本表的表头对不上：没有一列能对应到模板中的字段。',
  remove: '从工作簿删除此模板',
  removed: '已从本工作簿删除此模板。',
  noHeader: '没有找到这张表的表头：至少要有一行写着两个以上的列名。',
  savedProblems: (problems) => `工作簿中保存的模板有误，已忽略：${problems}`,
};

const en: TemplateStrings = {
  newTemplate: 'Make a template for this sheet',
  adjustTemplate: 'Adjust the template',
  title: 'Ledger template',
  name: 'Template name',
  extending: (ledger) => `Add or adjust columns of the ${ledger}`,
  intro: (headerRow) => `The header is in row ${headerRow}. Choose each column's field and type and tick the required ones; the check results are previewed below. The template is saved in this workbook and travels with the file.`,
  columns: 'Columns',
  field: (header) => `Field of column “${header}”`,
  type: (header) => `Type of column “${header}”`,
  required: 'Required',
  requiredOf: (header) => `Column “${header}” is required`,
  ownField: 'This column (own field)',
  skip: 'Do not check this column',
  types: { text: 'Text', integer: 'Whole number', number: 'Number', date: 'Date', enum: 'List of values', 'id-number': 'ID number', phone: 'Phone number' },
  problems: 'The template has problems and cannot be saved yet',
  preview: 'Preview',
  previewing: 'Previewing…',
  previewCounts: (errors, warnings, notes) => `Errors ${errors} · Warnings ${warnings} · Notes ${notes}`,
  previewNone: 'Checked with this template, nothing is wrong.',
  previewFailed: 'The preview failed: check the template.',
  save: 'Save in the workbook',
  saved: (name) => `The template “${name}” is saved in this workbook.`,
  cancel: 'Back',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  importFailed: 'The file is not a valid template',
  importMismatch: 'The imported template does not fit this sheet: none of its fields matches a column.',
  remove: 'Delete this template from the workbook',
  removed: 'The template was deleted from this workbook.',
  noHeader: 'No header found: at least one row needs two or more column names.',
  savedProblems: (problems) => `A template saved in the workbook is wrong and was ignored: ${problems}`,
};

export function templateStringsFor(locale: Locale): TemplateStrings {
  return locale === 'en' ? en : zhCN;
}
