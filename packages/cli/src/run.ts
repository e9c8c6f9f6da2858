import { Command, CommanderError } from 'commander';
import packageJson from '../package.json';
import { CliError, messageOf, usageError } from './CliError';
import type { CliIo, ExitCode } from './CliIo';
import { checkCommand } from './commands/check';
import { fixCommand } from './commands/fix';
import { summarizeCommand } from './commands/summarize';

/**
 * Runs `taizhang` with the given arguments (without `node` and the script) and returns the exit code:
 * 0 no errors, 1 errors found, 2 the command could not run. A failure is one line of zh-CN on stderr,
 * never a stack trace.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = 0;
  const program = new Command('taizhang')
    .description('党建台账助手：检查、汇总党员花名册等台账表格 (Taizhang: checks and summarizes party-building ledgers)')
    .version(packageJson.version, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示命令的帮助')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander's own error lines are English; we write a zh-CN one instead.
      outputError: () => undefined,
    });
  const done = (code: ExitCode) => {
    exitCode = code;
  };
  for (const command of [checkCommand(io, done), summarizeCommand(io, done), fixCommand(io, done)]) program.addCommand(command.copyInheritedSettings(program));

  try {
    if (argv.length === 0) throw usageError('请指定命令，例如：taizhang check 花名册.xlsx（运行 taizhang --help 查看用法）');
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    const failure = toCliError(error, program.commands.map((command) => command.name()));
    if (failure === 'done') return 0;
    io.stderr.write(`${failure.message}\n`);
    return 2;
  }
}

function toCliError(error: unknown, commands: readonly string[]): CliError | 'done' {
  if (error instanceof CliError) return error;
  if (error instanceof CommanderError) return fromCommander(error, commands);
  return new CliError('unreadable', `无法完成检查：${messageOf(error).replace(/\s+/g, ' ').trim()}`, { cause: error });
}

function fromCommander(error: CommanderError, commands: readonly string[]): CliError | 'done' {
  if (error.exitCode === 0) return 'done';
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return usageError(`未知选项 ${quoted}：运行 taizhang check --help 查看可用选项`);
    case 'commander.unknownCommand':
      if (/\.(xlsx|xlsm|xls|csv)$/i.test(quoted)) return usageError(`请在文件前加上命令：taizhang check ${quoted}`);
      return usageError(`未知命令 ${quoted}：可用的命令是 ${commands.join('、')}（运行 taizhang --help 查看用法）`);
    case 'commander.missingArgument':
      return usageError('缺少文件或文件夹：例如 taizhang check 花名册.xlsx（运行 taizhang --help 查看用法）');
    case 'commander.optionMissingArgument':
      return usageError(`选项 ${quoted.split(' ')[0] ?? quoted} 缺少取值：运行 taizhang check --help 查看用法`);
    default:
      return usageError(`参数有误（${error.message.replace(/^error:\s*/, '')}）：运行 taizhang --help 查看用法`);
  }
}
