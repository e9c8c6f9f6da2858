import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(__dirname, '..', '..', '..');

describe('pnpm taizhang from the repo root', () => {
  it('prints only the JSON document on stdout with --silent, and exits 1 for the sample', () => {
    const result = spawnSync(
      'pnpm',
      ['--silent', 'taizhang', 'check', 'samples/roster-sample.xlsx', '--json', '--as-of', '2025-06-30'],
      { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const document = JSON.parse(result.stdout);
    expect(document.asOf).toBe('2025-06-30');
    expect(document.files[0].file).toBe('samples/roster-sample.xlsx');
  });

  it('exits 2 with one line on stderr for a file that is not there', () => {
    const result = spawnSync('pnpm', ['--silent', 'taizhang', 'check', 'samples/missing.xlsx'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('找不到 samples/missing.xlsx：请检查路径是否正确\n');
  });
});
