import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');

/**
 * Builds the add-in as `pnpm --filter @taizhang/addin build` does, into a fresh directory so test files
 * running in parallel never write over each other's build; returns that directory.
 */
export function buildAddin(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'taizhang-addin-'));
  execFileSync('pnpm', ['--filter', '@taizhang/addin', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'pipe' });
  return outDir;
}
