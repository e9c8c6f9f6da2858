import { Command, type OptionValues } from 'commander';
import pc from 'picocolors';
import { checkFiles, type CheckRun } from '../check/checkFiles';
import { usageError } from '../CliError';
import type { CliIo, ExitCode } from '../CliIo';
import { today } from '@taizhang/core';
import { parseAsOf } from '../options/parseAsOf';
import { parseLang } from '../options/parseLang';
import { renderHuman } from '../output/renderHuman';
import { renderJson } from '../output/renderJson';
import { startProgress } from '../output/progressBar';
import { expandInputs } from '../read/expandInputs';
import { templatesForFiles } from '../template/templatesForFiles';

/** `taizhang check <files or folders...>`; reports the exit code through `done`. */
export function checkCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('check')
    .description('检查台账表格（.xlsx / .csv）：找出身份证号、日期、人员类别等错误')
    .argument('<paths...>', '要检查的文件或文件夹（文件夹内的 .xlsx、.csv 会逐个检查）')
    .option('--json', '以 JSON 输出结果（stdout 上只有一个 JSON 文档）')
    .option('--as-of <date>', '统计日期，写作 YYYY-MM-DD（默认今天）')
    .option('--sheet <name>', '只检查该名称的工作表')
    .option('--lang <lang>', '报告语言：zh-CN 或 en', 'zh-CN')
    .option('--show-ids', '输出完整的公民身份号码（默认打码）')
    .option('--template <file>', '按自定义台账模板（.json）检查；不指定时，文件夹中的 taizhang.template.json 用于该文件夹的文件')
    .action(async (paths: string[], _options: OptionValues, command: Command) => {
      done(await runCheck(paths, command.opts(), io));
    });
}

async function runCheck(paths: readonly string[], flags: OptionValues, io: CliIo): Promise<ExitCode> {
  const asOf = typeof flags['asOf'] === 'string' ? parseAsOf(flags['asOf']) : today();
  const lang = parseLang(String(flags['lang']));
  const sheet = typeof flags['sheet'] === 'string' ? flags['sheet'] : undefined;
  const files = await expandInputs(paths);
  const { templatesFor, sources } = await templatesForFiles(paths, files, typeof flags['template'] === 'string' ? flags['template'] : undefined);
  for (const source of sources) io.stderr.write(`使用文件夹中的模板 ${source}\n`);

  const progress = await startProgress(io.stderr, files);
  let run: CheckRun;
  try {
    run = await checkFiles(files, {
      asOf,
      lang,
      showIds: flags['showIds'] === true,
      templatesFor,
      ...(sheet === undefined ? {} : { sheet }),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.stop();
  }

  const sheetsFound = run.files.some((file) => file.sheets.length > 0);
  if (sheet !== undefined && !sheetsFound && run.failures.length === 0) {
    throw usageError(`找不到名为“${sheet}”的工作表：请检查 --sheet 后的名称`);
  }
  for (const failure of run.failures) io.stderr.write(`${failure.message}\n`);
  const colors = pc.createColors(io.stdout.isTTY === true && pc.isColorSupported);
  io.stdout.write(flags['json'] === true ? renderJson(run) : renderHuman(run, { lang, colors }));

  if (run.failures.length > 0) return 2;
  const errorFound = run.files.some((file) => file.sheets.some((s) => s.report.counts.error > 0));
  return errorFound ? 1 : 0;
}
