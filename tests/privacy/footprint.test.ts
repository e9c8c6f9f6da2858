import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { makeTempDir } from '../../packages/cli/src/testing/tempDir';
import { writeMessyRoster } from '../../packages/cli/src/testing/messyRoster';
import { buildCliBundle, processBoundMs, runNode } from './cliBundle';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let bundle: string;
/** The inputs: a roster and a copy of the hostile corpus (files the reader gives up on half-way included). */
let inputs: string;
/** The process's temp folder and working folder, empty before each run. */
let scratch: string;
let work: string;

beforeAll(async () => {
  temp = await makeTempDir();
  bundle = join(temp.dir, 'taizhang.cjs');
  await buildCliBundle(bundle);
  inputs = join(temp.dir, 'inputs');
  await cp(join(__dirname, '..', 'fixtures', 'hostile'), inputs, { recursive: true });
  await writeMessyRoster(join(inputs, '花名册.xlsx'));
}, processBoundMs);
afterAll(async () => {
  await temp.remove();
});

let runCount = 0;
async function freshFolders(): Promise<void> {
  runCount += 1;
  scratch = join(temp.dir, `tmp-${runCount}`);
  work = join(temp.dir, `work-${runCount}`);
  await mkdir(scratch);
  await mkdir(work);
}

/** Every file under a folder with its content hash and modification time, to tell whether anything changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const described = await Promise.all(
    files.map(async (file) => {
      const info = await stat(file);
      return [relative(folder, file), `${createHash('sha256').update(await readFile(file)).digest('hex')} ${info.mtimeMs}`] as const;
    }),
  );
  return Object.fromEntries(described);
}

/** Runs the bundled CLI with TMPDIR (where ExcelJS keeps worksheet copies while reading) and the working folder fresh. */
function taizhang(...args: string[]) {
  return runNode([bundle, ...args], { TMPDIR: scratch, TMP: scratch, TEMP: scratch }, work);
}

describe('what taizhang writes', () => {
  it(
    'check writes nothing: inputs unchanged, no file left in the temp or working folder',
    async () => {
      await freshFolders();
      const before = await snapshot(inputs);
      const result = await taizhang('check', inputs, '--json', '--as-of', '2025-06-30');
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout).files).toHaveLength(17);
      expect(await snapshot(inputs)).toEqual(before);
      expect(await readdir(scratch)).toEqual([]);
      expect(await readdir(work)).toEqual([]);
    },
    processBoundMs,
  );

  it(
    'summarize --out writes the 汇总 workbook and nothing else',
    async () => {
      await freshFolders();
      const before = await snapshot(inputs);
      const result = await taizhang('summarize', inputs, '--as-of', '2025-06-30', '--out', '汇总.xlsx');
      expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('汇总已写入 汇总.xlsx\n') });
      expect(await snapshot(inputs)).toEqual(before);
      expect(await readdir(scratch)).toEqual([]);
      expect(await readdir(work)).toEqual(['汇总.xlsx']);
    },
    processBoundMs,
  );
});
