import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { buildRosterSample, plantedMistakes } from '../packages/cli/src/sample/rosterSample';

/** Writes samples/roster-sample.xlsx, the synthetic roster `pnpm demo` checks. Run: pnpm exec tsx scripts/make-sample.ts */
const target = process.argv[2] ?? join(__dirname, '..', 'samples', 'roster-sample.xlsx');

async function main(): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await buildRosterSample().xlsx.writeFile(target);
  process.stdout.write(`已生成 ${relative(process.cwd(), target)}，其中埋设的错误：\n`);
  for (const mistake of plantedMistakes) {
    process.stdout.write(`  ${mistake.column}${mistake.row}  ${mistake.rule}  ${mistake.description}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`生成样例失败：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
