import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hostileCorpus } from './hostileCorpus';

const corpus = join(__dirname, '..', 'fixtures', 'hostile');
/** The corpus is committed: each file stays small. */
const maxBytes = 32 * 1024;

describe('tests/fixtures/hostile', () => {
  it('holds exactly the files scripts/make-hostile.ts writes', async () => {
    expect((await readdir(corpus)).sort()).toEqual(hostileCorpus.map((file) => file.name).sort());
  });

  it.each(hostileCorpus.map((file) => [file.name, file] as const))(
    '%s is what the generator makes today, byte for byte, and small',
    async (name, file) => {
      const committed = await readFile(join(corpus, name));
      expect(committed.length).toBeLessThanOrEqual(maxBytes);
      expect(committed.equals(await file.bytes())).toBe(true);
    },
  );
});
