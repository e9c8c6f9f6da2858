import type { Severity } from '@taizhang/core';
import type { Lang } from '../options/parseLang';

/** The words of the human report around the issue messages, in each language. */
export interface Labels {
  readonly severity: Record<Severity, string>;
  sheet(name: string, template: string): string;
  layout(headerRow: number, first: number, last: number, count: number): string;
  counts(error: number, warning: number, info: number): string;
  readonly clean: string;
  skipped(name: string, reason: string): string;
  readonly noSheet: string;
  ruleHeading(severity: string, title: string, rule: string, count: number): string;
  moreCells(count: number): string;
  moreLines(count: number): string;
  fix(value: string): string;
  total(files: number, sheets: number, error: number, warning: number, info: number, asOf: string): string;
  unreadable(count: number): string;
}

const zhCN: Labels = {
  severity: { error: '错误', warning: '警告', info: '提示' },
  sheet: (name, template) => `工作表「${name}」：${template}`,
  layout: (headerRow, first, last, count) => `表头在第 ${headerRow} 行，数据在第 ${first}–${last} 行，共 ${count} 行`,
  counts: (error, warning, info) => `错误 ${error} 处 · 警告 ${warning} 处 · 提示 ${info} 处`,
  clean: '未发现问题',
  skipped: (name, reason) => `工作表「${name}」已跳过：${reason}`,
  noSheet: '没有要检查的工作表',
  ruleHeading: (severity, title, rule, count) => `${severity} ${title}（${rule}，${count} 处）`,
  moreCells: (count) => `等 ${count} 处`,
  moreLines: (count) => `……另有 ${count} 条（用 --json 可看全部）`,
  fix: (value) => (value === '' ? '建议清空该单元格' : `建议改为：${value}`),
  total: (files, sheets, error, warning, info, asOf) =>
    `共检查 ${files} 个文件、${sheets} 个工作表（统计日期 ${asOf}）：错误 ${error} 处，警告 ${warning} 处，提示 ${info} 处`,
  unreadable: (count) => `另有 ${count} 个文件无法读取，原因见上方提示`,
};

const en: Labels = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  sheet: (name, template) => `Sheet "${name}": ${template}`,
  layout: (headerRow, first, last, count) => `header in row ${headerRow}, data in rows ${first}–${last} (${count} rows)`,
  counts: (error, warning, info) => `${error} errors · ${warning} warnings · ${info} notes`,
  clean: 'no problems found',
  skipped: (name, reason) => `Sheet "${name}" skipped: ${reason}`,
  noSheet: 'no sheet to check',
  ruleHeading: (severity, title, rule, count) => `${severity} ${title} (${rule}, ${count})`,
  moreCells: (count) => `and ${count} more`,
  moreLines: (count) => `… ${count} more lines (--json lists them all)`,
  fix: (value) => (value === '' ? 'suggested: clear the cell' : `suggested: ${value}`),
  total: (files, sheets, error, warning, info, asOf) =>
    `Checked ${files} files, ${sheets} sheets (as of ${asOf}): ${error} errors, ${warning} warnings, ${info} notes`,
  unreadable: (count) => `${count} more files could not be read (see the messages above)`,
};

export function labelsFor(lang: Lang): Labels {
  return lang === 'en' ? en : zhCN;
}
