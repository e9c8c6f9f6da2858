import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir } from '../../packages/cli/src/testing/tempDir';
import { hostileCorpus } from './hostileCorpus';
import { isOneLineMessage, runBoundMs, runCli } from './runCli';

const corpus = join(__dirname, '..', 'fixtures', 'hostile');
const fixture = (name: string) => join(corpus, name);

/** Files whose summary cannot be made; every other file holds a roster and is summarized. */
const unsummarizable = new Set([
  'empty-workbook.xlsx',
  'zero-byte.xlsx',
  'truncated.xlsx',
  'damaged-entry.xlsx',
  'text-named.xlsx',
  'web-page.xls',
  'old-format.xls',
  'password-protected.xlsx',
]);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

describe('taizhang summarize on every hostile file', () => {
  it.each(hostileCorpus.filter((file) => !unsummarizable.has(file.name)).map((file) => file.name))(
    '%s: summarized, workbook written, exit 0',
    async (name) => {
      const out = join(temp.dir, `${name}.汇总.xlsx`);
      const result = await runCli('summarize', fixture(name), '--as-of', '2025-06-30', '--out', out);
      expect(result).toEqual({ code: 0, stdout: expect.stringContaining('党员基本情况汇总（统计截至 2025-06-30）'), stderr: `汇总已写入 ${out}\n` });
      expect((await stat(out)).size).toBeGreaterThan(0);
      const json = await runCli('summarize', fixture(name), '--as-of', '2025-06-30', '--json');
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toMatchObject({ asOf: '2025-06-30', summaries: [expect.any(Object)] });
    },
    3 * runBoundMs,
  );

  it.each([...unsummarizable])(
    '%s: exit 2 with one zh-CN line naming the file, nothing written',
    async (name) => {
      const out = join(temp.dir, `${name}.汇总.xlsx`);
      const result = await runCli('summarize', fixture(name), '--as-of', '2025-06-30', '--out', out);
      expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining(fixture(name)) });
      expect(isOneLineMessage(result.stderr)).toBe(true);
      await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
    },
    2 * runBoundMs,
  );

  it('headers-only.xlsx: a roster of no one sums to zeros, never NaN', async () => {
    const result = await runCli('summarize', fixture('headers-only.xlsx'), '--as-of', '2025-06-30', '--json');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/NaN|Infinity/);
    const text = await runCli('summarize', fixture('headers-only.xlsx'), '--as-of', '2025-06-30');
    expect(text.stdout).toMatch(/党员总数\s+0\n/);
    expect(text.stdout).not.toMatch(/NaN|Infinity/);
  });
});
