import { build } from 'esbuild';
import { join } from 'node:path';

export const benchDir = __dirname;
export const rootDir = join(__dirname, '..');
export const tmpDir = join(__dirname, 'tmp');

/**
 * Bundles a script as the CLI ships (esbuild, one CommonJS file for Node 20), so the measured code runs
 * as users run it rather than through tsx's on-the-fly compilation. Returns the bundle's path.
 */
export async function bundle(entry: string, name: string, tsconfig = join(benchDir, 'tsconfig.json')): Promise<string> {
  const outfile = join(tmpDir, `${name}.cjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig,
    // jsonc-parser's "main" is a UMD file whose require() calls esbuild cannot follow; its "module" is plain ESM.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return outfile;
}
