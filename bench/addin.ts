import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddinFigures } from './addinRun';
import { measureProcess } from './measureProcess';

export interface BundleFigures {
  /** The scripts taskpane.html loads before anything else: its module script and modulepreloads. */
  readonly files: readonly { readonly name: string; readonly bytes: number; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

function isAddinFigures(value: unknown): value is AddinFigures {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'readChunks') === 'number';
}

/** The adapter on the fake Excel host, in a process of its own; a reason instead when it fails. */
export async function measureAddin(bundle: string, cwd: string): Promise<AddinFigures | string> {
  const run = await measureProcess(process.execPath, [bundle], cwd);
  const parsed: unknown = run.exitCode === 0 ? JSON.parse(run.stdout) : undefined;
  return isAddinFigures(parsed) ? parsed : `failed (exit ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`;
}

/**
 * Builds the task pane with the add-in's own Vite config into bench/tmp (addin/dist is left to the
 * end-to-end tests) and weighs, gzipped at level 9, the scripts its page loads up front; anything
 * behind a dynamic import or in a worker is left out, as it loads later.
 */
export function measureTaskPane(rootDir: string, outDir: string): BundleFigures | string {
  const built = spawnSync('pnpm', ['--filter', '@taizhang/addin', 'exec', 'vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: rootDir,
    encoding: 'utf8',
  });
  if (built.status !== 0) return `build failed: ${(built.stderr || built.stdout).trim().split('\n').slice(-3).join(' ')}`;
  const page = join(outDir, 'taskpane.html');
  if (!existsSync(page)) return 'build made no taskpane.html';
  const html = readFileSync(page, 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)]
    .map((match) => match[1] ?? match[2])
    .filter((src): src is string => src !== undefined && !/^https?:/.test(src));
  const files = scripts.map((src) => {
    const bytes = readFileSync(join(outDir, src));
    return { name: src.replace(/^\.\//, ''), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
