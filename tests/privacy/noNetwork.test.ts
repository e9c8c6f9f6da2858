import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../../packages/cli/src/testing/tempDir';
import { writeMessyRoster } from '../../packages/cli/src/testing/messyRoster';
import { buildCliBundle, processBoundMs, runNode, type NodeResult } from './cliBundle';

const guard = join(__dirname, 'blockNetwork.cjs');
const corpus = join(__dirname, '..', 'fixtures', 'hostile');

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let bundle: string;
let roster: string;
let networkLog: string;

beforeAll(async () => {
  temp = await makeTempDir();
  bundle = join(temp.dir, 'taizhang.cjs');
  await buildCliBundle(bundle);
  roster = join(temp.dir, '花名册.xlsx');
  await writeMessyRoster(roster);
  networkLog = join(temp.dir, 'network.log');
}, processBoundMs);
afterAll(async () => {
  await temp.remove();
});

interface GuardedResult extends NodeResult {
  /** Every network call the guard stopped, one per line. */
  readonly attempts: readonly string[];
}

/** Runs node with the network guard preloaded. */
async function guarded(...args: string[]): Promise<GuardedResult> {
  await rm(networkLog, { force: true });
  const result = await runNode(['--require', guard, ...args], { TAIZHANG_NETWORK_LOG: networkLog });
  const attempts = await readFile(networkLog, 'utf8').then(
    (text) => text.split('\n').filter(Boolean),
    () => [],
  );
  return { ...result, attempts };
}

describe('the network guard', () => {
  it.each([
    ['https.get', "require('node:https').get('https://example.org/')"],
    ['globalThis.fetch', "fetch('https://example.org/')"],
    ['net.connect', "require('node:net').connect(443, 'example.org')"],
    ['dns.lookup', "require('node:dns').lookup('example.org', () => {})"],
  ])(
    'stops and records %s',
    async (name, script) => {
      const result = await guarded('-e', script);
      expect(result.code).not.toBe(0);
      expect(result.attempts).toEqual([name]);
    },
    processBoundMs,
  );
});

describe('taizhang opens no socket', () => {
  it(
    'while checking a roster and the whole hostile corpus, in JSON and for people',
    async () => {
      const json = await guarded(bundle, 'check', roster, corpus, '--json', '--as-of', '2025-06-30');
      expect(json).toMatchObject({ code: 2, attempts: [] });
      expect(JSON.parse(json.stdout).files).toHaveLength(17);
      const human = await guarded(bundle, 'check', roster, '--as-of', '2025-06-30');
      expect(human).toMatchObject({ code: 1, stderr: '', attempts: [] });
      expect(human.stdout).toContain('错误 8 处');
    },
    2 * processBoundMs,
  );

  it(
    'while summarizing and writing the 汇总 workbook',
    async () => {
      const out = join(temp.dir, '汇总.xlsx');
      const result = await guarded(bundle, 'summarize', roster, '--as-of', '2025-06-30', '--out', out);
      expect(result).toMatchObject({ code: 0, stderr: `汇总已写入 ${out}\n`, attempts: [] });
      expect((await stat(out)).size).toBeGreaterThan(0);
      const json = await guarded(bundle, 'summarize', roster, '--as-of', '2025-06-30', '--json');
      expect(json).toMatchObject({ code: 0, attempts: [] });
    },
    2 * processBoundMs,
  );
});
