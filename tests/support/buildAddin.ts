import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../..');

/**
 * Builds the add-in as `pnpm --filter @taizhang/addin build` does, into a fresh directory so test files
 * running in parallel never write over each other's build; returns that directory. With `sourcemap`, each
 * script gets its map, to tell which source file a piece of the bundle came from.
 */
export function buildAddin(options: { readonly sourcemap?: boolean } = {}): string {
  const outDir = mkdtempSync(join(tmpdir(), 'taizhang-addin-'));
  // Source maps change no emitted code (only a trailing comment), so what is scanned is what ships.
  const sourcemap = options.sourcemap === true ? ['--sourcemap'] : [];
  execFileSync('pnpm', ['--filter', '@taizhang/addin', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...sourcemap], {
    cwd: repoRoot,
    stdio: 'pipe',
    // Jest runs with NODE_ENV=test, which would make Vite bundle React's development build: build what ships.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}
