import { run } from '../../packages/cli/src/run';
import { memoryIo } from '../../packages/cli/src/testing/memoryIo';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Longest a run on a small hostile file may take; a reader waiting on something that never comes fails here. */
export const runBoundMs = 10_000;

/** `taizhang …` in-process, failing (rather than hanging) if it has not finished within `runBoundMs`. */
export async function runCli(...args: string[]): Promise<CliResult> {
  const io = memoryIo();
  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`taizhang ${args.join(' ')} did not finish within ${runBoundMs} ms`)), runBoundMs);
  });
  try {
    const code = await Promise.race([run(args, io), overdue]);
    return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
  } finally {
    clearTimeout(timer);
  }
}

/** One line of text, no stack trace: what the user must see when a file cannot be read. */
export function isOneLineMessage(text: string): boolean {
  return /^[^\n]+\n$/.test(text) && !/\bat .+:\d+:\d+|Error:|TypeError|undefined/.test(text);
}
