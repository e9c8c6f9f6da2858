import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Longest a CLI process may run on the small inputs of these tests. */
export const processBoundMs = 30_000;

/**
 * Bundles the CLI as `pnpm --filter @taizhang/cli build` does, to run it as users do, in its own
 * process. ESM entry points first, since some dependencies' UMD builds require files esbuild cannot
 * see (jsonc-parser).
 */
export async function buildCliBundle(outfile: string): Promise<void> {
  await build({
    entryPoints: [join(__dirname, '..', '..', 'packages', 'cli', 'src', 'main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    outfile,
    logLevel: 'silent',
  });
}

export interface NodeResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node …args` with extra environment variables, killed after `processBoundMs`. */
export function runNode(args: readonly string[], env: Readonly<Record<string, string>>, cwd?: string): Promise<NodeResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...args],
      { env: { ...process.env, ...env }, timeout: processBoundMs, encoding: 'utf8', ...(cwd === undefined ? {} : { cwd }) },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}
