import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hostileCorpus } from '../tests/hostile/hostileCorpus';

/**
 * Writes the hostile corpus to tests/fixtures/hostile/ (or the folder given), the same bytes on every
 * run. Run: pnpm exec tsx scripts/make-hostile.ts
 */
const target = process.argv[2] ?? join(__dirname, '..', 'tests', 'fixtures', 'hostile');

async function main(): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const file of hostileCorpus) {
    const bytes = await file.bytes();
    await writeFile(join(target, file.name), bytes);
    process.stdout.write(`${relative(process.cwd(), join(target, file.name))}  ${bytes.length} 字节  ${file.about}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`生成恶意样本失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
