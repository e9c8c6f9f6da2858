import { builtInTemplates, formatDate, ruleTitle, type Severity } from '@taizhang/core';
import type { Colors } from 'picocolors/types';
import type { CheckedSheet, CheckRun } from '../check/checkFiles';
import type { Lang } from '../options/parseLang';
import { groupIssues, type IssueLine } from './groupIssues';
import { labelsFor, type Labels } from './labels';

export interface HumanOptions {
  readonly lang: Lang;
  readonly colors: Colors;
}

/** Cells listed on one line before the rest are only counted. */
const maxCellsShown = 12;
/** Lines shown per rule; the rest are counted (--json has them all). */
const maxLinesShown = 20;

const severityMark: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

/** The terminal report: per file and sheet, where the data is, counts, then the issues by rule. */
export function renderHuman(run: CheckRun, options: HumanOptions): string {
  const labels = labelsFor(options.lang);
  const c = options.colors;
  const out: string[] = [];
  const total = { error: 0, warning: 0, info: 0 };
  let sheetCount = 0;

  for (const { file, sheets } of run.files) {
    out.push(c.bold(file));
    if (sheets.length === 0) out.push(`  ${c.dim(labels.noSheet)}`);
    sheets.forEach((sheet, index) => {
      const { report } = sheet;
      if (index > 0) out.push('');
      if (report.template === null) {
        out.push(`  ${c.dim(labels.skipped(report.sheet, report.skipped ?? ''))}`);
        return;
      }
      sheetCount += 1;
      total.error += report.counts.error;
      total.warning += report.counts.warning;
      total.info += report.counts.info;
      out.push(...renderSheet(sheet, report.template, options.lang, labels, c));
    });
    out.push('');
  }

  const asOf = formatDate(run.asOf);
  out.push(c.bold(labels.total(run.files.length, sheetCount, total.error, total.warning, total.info, asOf)));
  if (run.failures.length > 0) out.push(c.red(labels.unreadable(run.failures.length)));
  return `${out.join('\n')}\n`;
}

function renderSheet(sheet: CheckedSheet, templateId: string, lang: Lang, labels: Labels, c: Colors): string[] {
  const { report } = sheet;
  const template = (sheet.templateName ?? builtInTemplates.find((candidate) => candidate.id === templateId)?.name)?.[lang] ?? templateId;
  const out = [`  ${c.bold(labels.sheet(report.sheet, template))}`];
  if (report.headerRow !== null && report.dataRows !== null) {
    out.push(`  ${labels.layout(report.headerRow, report.dataRows[0], report.dataRows[1], sheet.rows.length)}`);
  }
  const { error, warning, info } = report.counts;
  if (error + warning + info === 0) {
    out.push(`  ${c.green(labels.clean)}`);
    return out;
  }
  out.push(`  ${labels.counts(error, warning, info)}`);
  for (const group of groupIssues(report.issues)) {
    const tint = tintOf(group.severity, c);
    const heading = labels.ruleHeading(labels.severity[group.severity], ruleTitle(group.rule, lang), group.rule, group.count);
    out.push('', `  ${tint(`${severityMark[group.severity]} ${heading}`)}`);
    for (const line of group.lines.slice(0, maxLinesShown)) out.push(`      ${renderLine(line, labels, c)}`);
    const hidden = group.lines.length - maxLinesShown;
    if (hidden > 0) out.push(`      ${c.dim(labels.moreLines(hidden))}`);
  }
  return out;
}

function renderLine(line: IssueLine, labels: Labels, c: Colors): string {
  const shown = line.cells.slice(0, maxCellsShown).join(', ');
  const more = line.cells.length > maxCellsShown ? ` ${labels.moreCells(line.cells.length)}` : '';
  const fix = line.fix === undefined ? '' : `  ${c.green(`→ ${labels.fix(line.fix)}`)}`;
  return `${c.bold(shown)}${more}  ${line.message}${fix}`;
}

function tintOf(severity: Severity, c: Colors): (text: string) => string {
  if (severity === 'error') return c.red;
  if (severity === 'warning') return c.yellow;
  return c.cyan;
}
