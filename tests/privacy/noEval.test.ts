import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const packages = join(__dirname, '..', '..', 'packages');

/** Code built from strings at run time: `eval(…)`, `new Function(…)`, and `Function(…)` called bare. */
const dynamicCode = /\beval\s*\(|\bnew\s+Function\s*\(|(?<![.\w])Function\s*\(/;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}

describe('no code built from strings', () => {
  it('the pattern finds eval and new Function, and not words that merely contain them', () => {
    expect(['eval(text)', 'globalThis.eval (x)', "new Function('a', 'return a')", "Function('return this')()"].filter((line) => dynamicCode.test(line))).toHaveLength(4);
    expect(['evaluate(x)', 'retrieval(x)', 'isFunction(x)', 'typeof x === "function"', 'parseFunction (x)'].filter((line) => dynamicCode.test(line))).toEqual([]);
  });

  it('in the source of every package (core, CLI)', async () => {
    const folders = (await readdir(packages, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => join(packages, entry.name, 'src'));
    expect(folders.map((folder) => folder.split('/').at(-2))).toEqual(expect.arrayContaining(['core', 'cli']));
    const files = (await Promise.all(folders.map(sourceFiles))).flat();
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const file of files) {
      (await readFile(file, 'utf8')).split('\n').forEach((line, index) => {
        if (dynamicCode.test(line)) offenders.push(`${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
