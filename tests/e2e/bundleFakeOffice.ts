import { resolve } from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../support/buildAddin';

/** The fake Office host as one classic script, to be served where office.js would be. */
export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(repoRoot, 'tests/fake-office/browser.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error('esbuild produced nothing');
  return output.text;
}
