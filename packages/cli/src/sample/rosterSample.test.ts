import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { readWorkbookGrids } from '../read/readWorkbookGrids';
import { run } from '../run';
import { memoryIo } from '../testing/memoryIo';
import { makeTempDir } from '../testing/tempDir';
import { buildRosterSample, plantedMistakes, rosterSampleAsOf, rosterSampleSheet } from './rosterSample';

const committedSample = join(__dirname, '..', '..', '..', '..', 'samples', 'roster-sample.xlsx');

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.remove();
});

interface JsonIssue {
  row: number;
  column: string;
  rule: string;
  severity: string;
}

describe('the roster sample', () => {
  it('is what scripts/make-sample.ts generates (regenerate it after changing the generator)', async () => {
    const regenerated = join(temp.dir, 'roster-sample.xlsx');
    await buildRosterSample().xlsx.writeFile(regenerated);
    expect(await readWorkbookGrids(regenerated)).toEqual(await readWorkbookGrids(committedSample));
  });

  it('looks like a county roster: title, 填报单位 line, two-row header, 60 members, footer', async () => {
    const [roster] = await readWorkbookGrids(committedSample);
    expect(roster?.sheet).toBe(rosterSampleSheet);
    expect(roster?.values[0]).toEqual(['中共青禾县直机关工委党员花名册']);
    expect(roster?.values[2]?.slice(0, 8)).toEqual(['序号', '基本信息', null, null, null, null, null, '党员信息']);
    expect(roster?.values[3]?.[4]).toBe('公民身份号码');
    expect(roster?.values[65]?.[0]).toBe('填表人：周文静');
  });

  it('has every planted mistake found at its cell, and no other error or warning', async () => {
    const io = memoryIo();
    const code = await run(['check', committedSample, '--json', '--as-of', rosterSampleAsOf], io);
    expect(code).toBe(1);
    const [sheet, notes] = JSON.parse(io.stdout.text()).files[0].sheets;
    expect(sheet).toMatchObject({ template: 'roster', headerRow: 4, dataRows: [5, 64] });
    expect(notes).toMatchObject({ sheet: '填表说明', template: null });
    const found = new Set(sheet.issues.map(({ row, column, rule }: JsonIssue) => `${column}${row} ${rule}`));
    for (const mistake of plantedMistakes) expect(found).toContain(`${mistake.column}${mistake.row} ${mistake.rule}`);
    const serious = sheet.issues
      .filter((issue: JsonIssue) => issue.severity !== 'info')
      .map(({ row, column, rule }: JsonIssue) => `${column}${row} ${rule}`);
    const planted = new Set(plantedMistakes.map((mistake) => `${mistake.column}${mistake.row} ${mistake.rule}`));
    expect(serious.filter((issue: string) => !planted.has(issue))).toEqual([]);
  });
});
