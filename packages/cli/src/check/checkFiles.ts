import {
  builtInTemplates,
  checkGrid,
  formatIssueMessage,
  reconciliationIssues,
  withIssues,
  type DataRow,
  type Grid,
  type Issue,
  type PartialDate,
  type SheetReport,
  type Template,
} from '@taizhang/core';
import { CliError, messageOf } from '../CliError';
import type { Lang } from '../options/parseLang';
import { readFileGrids } from '../read/readFileGrids';
import { maskIssue } from './maskIssue';
import { maskRow } from './maskRow';

export interface CheckOptions {
  readonly asOf: PartialDate;
  readonly lang: Lang;
  /** Leave 公民身份号码 in fixes and params unmasked. */
  readonly showIds: boolean;
  /** Check only sheets of this name. */
  readonly sheet?: string;
  /** The templates to check a file with (a custom one, see templatesForFiles); the built-in ones by default. */
  readonly templatesFor?: (file: string) => readonly Template[];
  readonly onProgress?: (file: string, bytesRead: number) => void;
}

export interface CheckedSheet {
  /** Issues masked (unless showIds) and worded in the chosen language. */
  readonly report: SheetReport;
  /** The normalized data rows, for summaries; ID numbers outside the ID fields masked unless showIds. */
  readonly rows: readonly DataRow[];
  /** The name of the template the sheet was checked as, which may be a custom one. */
  readonly templateName?: Template['name'];
}

export interface CheckedFile {
  readonly file: string;
  readonly sheets: readonly CheckedSheet[];
}

export interface CheckRun {
  readonly asOf: PartialDate;
  readonly files: readonly CheckedFile[];
  /** Files that could not be read, each with its one-line message; the others are still checked. */
  readonly failures: readonly CliError[];
}

/**
 * Reads and checks every sheet of every file, one file at a time, then reconciles the ledgers read
 * together (a roster beside its 党组织, 发展党员 or 党费 ledger): their disagreements are added to the sheet
 * where the fix belongs.
 */
export async function checkFiles(files: readonly string[], options: CheckOptions): Promise<CheckRun> {
  const checked: CheckedFile[] = [];
  const failures: CliError[] = [];
  for (const file of files) {
    try {
      const onProgress = options.onProgress;
      const grids = await readFileGrids(file, file, onProgress && ((bytes) => onProgress(file, bytes)));
      const chosen = options.sheet === undefined ? grids : grids.filter((grid) => grid.sheet === options.sheet);
      checked.push({ file, sheets: chosen.map((grid) => checkSheet(file, grid, options)) });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      failures.push(error);
    }
  }
  return { asOf: options.asOf, files: withReconciliation(checked, options), failures };
}

function withReconciliation(files: readonly CheckedFile[], options: CheckOptions): CheckedFile[] {
  const sheets = files.flatMap((file) => file.sheets.map((checked) => ({ file: file.file, report: checked.report, rows: checked.rows })));
  const added = reconciliationIssues(sheets);
  let index = 0;
  return files.map((file) => ({
    ...file,
    sheets: file.sheets.map((sheet) => {
      const extra = added[index++] ?? [];
      return extra.length === 0 ? sheet : { ...sheet, report: withIssues(sheet.report, extra.map((issue) => present(issue, new Set(), options))) };
    }),
  }));
}

function checkSheet(file: string, grid: Grid, options: CheckOptions): CheckedSheet {
  const templates = options.templatesFor?.(file) ?? builtInTemplates;
  let result: ReturnType<typeof checkGrid>;
  try {
    result = checkGrid(grid, { asOf: options.asOf, templates });
  } catch (error) {
    throw new CliError('unreadable', `无法检查 ${file} 的工作表「${grid.sheet}」：${messageOf(error)}`, { cause: error });
  }
  const template = templates.find((candidate) => candidate.id === result.report.template);
  const idFields = new Set(template?.fields.filter((field) => field.type === 'idNumber').map((field) => field.id));
  const issues = result.report.issues.map((issue) => present(issue, idFields, options));
  const rows = options.showIds ? result.rows : result.rows.map((row) => maskRow(row, idFields));
  const checked = { report: { ...result.report, issues }, rows };
  return template === undefined ? checked : { ...checked, templateName: template.name };
}

function present(issue: Issue, idFields: ReadonlySet<string>, options: CheckOptions): Issue {
  const shown = options.showIds ? issue : maskIssue(issue, idFields);
  return { ...shown, message: formatIssueMessage(shown, options.lang) };
}
