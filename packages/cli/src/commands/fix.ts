import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkGrid, planFixes, today, type CellFix, type Issue, type RuleCode, type Template } from '@taizhang/core';
import { Command, type OptionValues } from 'commander';
import { CliError, fileSystemError, messageOf, usageError } from '../CliError';
import type { CliIo, ExitCode } from '../CliIo';
import { parseRules } from '../fix/parseRules';
import { renderFixLog } from '../fix/renderFixLog';
import { writeFixedWorkbook } from '../fix/writeFixedWorkbook';
import { parseAsOf } from '../options/parseAsOf';
import { readFileGrids } from '../read/readFileGrids';
import { sniffFile } from '../read/sniffFile';
import { templatesForFiles } from '../template/templatesForFiles';

/** `taizhang fix FILE --out FIXED.xlsx`: the safe fixes applied to a copy, with a 修改记录 sheet. */
export function fixCommand(io: CliIo, done: (code: ExitCode) => void): Command {
  return new Command('fix')
    .description('自动修正可确定的问题（多余空格、全角字符、小写 x、民族简称、文本日期、15位身份证号等），写入副本并附“修改记录”工作表；原文件不改动')
    .argument('<file>', '要修正的 .xlsx 文件')
    .option('--out <file>', '修正后的副本（.xlsx），不能与原文件相同')
    .option('--as-of <date>', '统计日期，写作 YYYY-MM-DD（默认今天）')
    .option('--rules <rules>', '只做这些规则的修正，逗号分隔，如 text.whitespace,date.text')
    .option('--template <file>', '按自定义台账模板（.json）检查；不指定时，文件夹中的 taizhang.template.json 用于该文件夹的文件')
    .action(async (file: string, _options: OptionValues, command: Command) => {
      done(await runFix(file, command.opts(), io));
    });
}

async function runFix(file: string, flags: OptionValues, io: CliIo): Promise<ExitCode> {
  const out = typeof flags['out'] === 'string' ? flags['out'] : undefined;
  if (out === undefined) throw usageError(`请用 --out 指定修正后的副本，例如 taizhang fix ${file} --out 已修正.xlsx（原文件不改动）`);
  if (!out.toLowerCase().endsWith('.xlsx')) throw usageError(`--out 应是 .xlsx 文件（收到“${out}”）`);
  const asOf = typeof flags['asOf'] === 'string' ? parseAsOf(flags['asOf']) : today();
  const rules = typeof flags['rules'] === 'string' ? parseRules(flags['rules']) : undefined;
  await refuseSameFile(file, out);
  if ((await kindOf(file)) === 'csv') throw usageError(`fix 只修正 .xlsx 文件：请先在 Excel 中把 ${file} 另存为 .xlsx`);

  const { templatesFor, sources } = await templatesForFiles([file], [file], typeof flags['template'] === 'string' ? flags['template'] : undefined);
  for (const source of sources) io.stderr.write(`使用文件夹中的模板 ${source}\n`);
  const templates = templatesFor(file);
  const checked = (await readFileGrids(file, file)).map((grid) => {
    const { report } = checkGrid(grid, { asOf, templates });
    return { report, fixes: planFixes(report, { grid, ...(rules === undefined ? {} : { rules }) }) };
  });
  const fixes = checked.flatMap((sheet) => sheet.fixes);

  let outcome: Awaited<ReturnType<typeof writeFixedWorkbook>>;
  try {
    outcome = await writeFixedWorkbook(file, out, fixes, new Date());
  } catch (error) {
    throw new CliError('unwritable', `无法写入 ${out}：${messageOf(error)}（请确认文件未在 Excel 中打开、文件夹可写）`, { cause: error });
  }
  const settled = new Set(outcome.applied.flatMap(({ fix }) => fix.rules.map((rule) => issueKey(fix.sheet, `${fix.column}${fix.row}`, rule))));
  const remaining = checked.flatMap(({ report }) => report.issues.filter((issue) => !settled.has(keyOf(report.sheet, issue)))).length;
  const idFields = idFieldsBySheet(checked.map(({ report }) => ({ sheet: report.sheet, template: report.template })), templates);
  io.stdout.write(renderFixLog({ input: file, out, outcome, remaining, isIdCell: (fix: CellFix) => idFields.get(fix.sheet)?.has(fix.field) === true }));
  return 0;
}

function issueKey(sheet: string, cell: string, rule: RuleCode): string {
  return `${sheet}\u0000${cell}\u0000${rule}`;
}

function keyOf(sheet: string, issue: Issue): string {
  return issueKey(sheet, `${issue.column}${issue.row}`, issue.rule);
}

function idFieldsBySheet(sheets: readonly { sheet: string; template: string | null }[], templates: readonly Template[]): Map<string, ReadonlySet<string>> {
  return new Map(
    sheets.map(({ sheet, template }) => {
      const fields = templates.find((candidate) => candidate.id === template)?.fields ?? [];
      return [sheet, new Set(fields.filter((field) => field.type === 'idNumber').map((field) => field.id))];
    }),
  );
}

async function kindOf(file: string): Promise<'xlsx' | 'csv'> {
  try {
    if ((await stat(file)).isDirectory()) throw usageError(`fix 一次修正一个 .xlsx 文件，${file} 是文件夹`);
    return await sniffFile(file, file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileSystemError(error, file);
  }
}

/** The input is never written: not by the same name, nor through another name for the same file. */
async function refuseSameFile(file: string, out: string): Promise<void> {
  const refusal = usageError(`--out 不能是要修正的文件本身（${out}）：原文件从不修改，请换一个文件名`);
  if (resolve(file) === resolve(out)) throw refusal;
  const [input, output] = await Promise.all([stat(file).catch(() => undefined), stat(out).catch(() => undefined)]);
  if (input !== undefined && output !== undefined && input.dev === output.dev && input.ino === output.ino) throw refusal;
}
