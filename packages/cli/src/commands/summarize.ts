import { formatDate, organisationGrading, summarizeSheets, summaryToJson, today, type SummaryOfRows } from '@taizhang/core';
import { Command, type OptionValues } from 'commander';
import { resolve } from 'node:path';
import { checkFiles } from '../check/checkFiles';
import { CliError, messageOf, usageError } from '../CliError';
import type { CliIo, ExitCode } from '../CliIo';
import { parseAsOf } from '../options/parseAsOf';
import { startProgress } from '../output/progressBar';
import { renderSummaryText } from '../output/renderSummaryText';
import { expandInputs } from '../read/expandInputs';
import { templatesForFiles } from '../template/templatesForFiles';
import { writeSummaryWorkbook } from '../summary/writeSummaryWorkbook';

/**
 * `taizhang summarize <files or folders...>`: every roster found pooled into one county summary, one
 * summary per other ledger, and their reconciliation when a roster sits beside another ledger.
 */
export function summarizeCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('summarize')
    .description('汇总台账：党员花名册（党员数、女党员、少数民族、年龄、学历、党龄等）、党组织、发展党员、党费、三会一课；多个文件（如各支部上报的文件夹）合并为一份汇总')
    .argument('<paths...>', '要汇总的文件或文件夹')
    .option('--as-of <date>', '统计截至日期，写作 YYYY-MM-DD（默认今天）')
    .option('--out <file>', '把汇总写入 .xlsx 文件（工作表“汇总”）')
    .option('--json', '以 JSON 输出汇总（stdout 上只有一个 JSON 文档）')
    .option('--sheet <name>', '只汇总该名称的工作表')
    .option('--template <file>', '按自定义台账模板（.json）读取；不指定时，文件夹中的 taizhang.template.json 用于该文件夹的文件')
    .action(async (paths: string[], _options: OptionValues, command: Command) => {
      done(await runSummarize(paths, command.opts(), io));
    });
}

async function runSummarize(paths: readonly string[], flags: OptionValues, io: CliIo): Promise<ExitCode> {
  const asOf = typeof flags['asOf'] === 'string' ? parseAsOf(flags['asOf']) : today();
  const out = typeof flags['out'] === 'string' ? flags['out'] : undefined;
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx')) throw usageError(`--out 应是 .xlsx 文件（收到“${out}”）`);
  const sheet = typeof flags['sheet'] === 'string' ? flags['sheet'] : undefined;
  const files = await expandInputs(paths);
  if (out !== undefined && files.some((file) => resolve(file) === resolve(out))) {
    throw usageError(`--out 不能是要汇总的文件本身（${out}）：输入文件从不修改，请换一个文件名`);
  }

  const { templatesFor, sources } = await templatesForFiles(paths, files, typeof flags['template'] === 'string' ? flags['template'] : undefined);
  for (const source of sources) io.stderr.write(`使用文件夹中的模板 ${source}\n`);

  const progress = await startProgress(io.stderr, files, '汇总中');
  const run = await checkFiles(files, {
    asOf,
    lang: 'zh-CN',
    showIds: false,
    templatesFor,
    ...(sheet === undefined ? {} : { sheet }),
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.stop());
  for (const failure of run.failures) io.stderr.write(`${failure.message}\n`);

  const sheets = run.files.flatMap((file) =>
    file.sheets.flatMap((checked) =>
      checked.report.template === null ? [] : [{ file: file.file, sheet: checked.report.sheet, template: checked.report.template, rows: checked.rows, columns: checked.report.columns }],
    ),
  );
  const results = summarizeSheets(sheets, asOf);
  if (results.length === 0) {
    if (run.failures.length > 0) return 2;
    throw usageError(`在 ${paths.join('、')} 中没有找到可汇总的台账（如有“姓名”“入党时间”等列的党员花名册）：请检查文件，或用 taizhang check 查看各工作表为何被跳过`);
  }
  const summaries = results.map((result) => result.summary);

  if (out !== undefined) {
    try {
      await writeSummaryWorkbook(summaries, out);
    } catch (error) {
      throw new CliError('unwritable', `无法写入 ${out}：${messageOf(error)}（请确认文件未在 Excel 中打开、文件夹可写）`, { cause: error });
    }
  }
  const label = paths.length === 1 ? paths[0] : undefined;
  if (flags['json'] === true) {
    io.stdout.write(`${JSON.stringify({ asOf: formatDate(asOf), summaries: results.map((result) => toJson(result, label)) }, null, 2)}\n`);
  } else {
    io.stdout.write(summaries.map(renderSummaryText).join('\n'));
  }
  if (out !== undefined) io.stderr.write(`汇总已写入 ${out}\n`);
  return run.failures.length > 0 ? 2 : 0;
}

/** The JSON of one summary; the organisation ledger's 三分类 grading also as plain figures (rates as fractions). */
function toJson({ summary, rows }: SummaryOfRows, label: string | undefined) {
  const json = summaryToJson(summary, label);
  return summary.template === 'organisation' ? { ...json, grading: organisationGrading(rows) } : json;
}
