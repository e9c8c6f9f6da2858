import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { run } from '../packages/cli/src/run';
import { plantedMistakes, rosterSampleAsOf } from '../packages/cli/src/sample/rosterSample';

/** `pnpm demo`: checks the bundled synthetic roster, then writes its 汇总 workbook, as a user would. */
const root = join(__dirname, '..');
const sample = relative(process.cwd(), join(root, 'samples', 'roster-sample.xlsx'));
const output = relative(process.cwd(), join(root, 'demo-output', '样例汇总.xlsx'));
const asOf = rosterSampleAsOf;
const io = { stdout: process.stdout, stderr: process.stderr };

async function main(): Promise<void> {
  process.stdout.write(`演示：检查样例花名册（虚构人员，${plantedMistakes.length} 处埋设的错误），统计日期 ${asOf}\n`);
  process.stdout.write(`$ pnpm taizhang check ${sample} --as-of ${asOf}\n\n`);
  const checked = await run(['check', sample, '--as-of', asOf], io);

  await mkdir(join(root, 'demo-output'), { recursive: true });
  process.stdout.write(`\n$ pnpm taizhang summarize ${sample} --as-of ${asOf} --out ${output}\n\n`);
  const summarized = await run(['summarize', sample, '--as-of', asOf, '--out', output], io);
  // Errors found (1) is what the demo is meant to show; only "could not run" (2) is a failure.
  process.exitCode = checked === 2 || summarized === 2 ? 2 : 0;
}

void main();
