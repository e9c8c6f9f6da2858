import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { run } from '../run';
import { memoryIo } from '../testing/memoryIo';
import { validId } from '../testing/messyRoster';
import { makeTempDir } from '../testing/tempDir';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let workbookPath: string;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** One unit's workbook: a roster of three members and the 党组织台账 of its two branches. */
beforeAll(async () => {
  temp = await makeTempDir();
  workbookPath = join(temp.dir, '机关党委台账.xlsx');
  const workbook = new Workbook();
  const roster = workbook.addWorksheet('花名册');
  roster.addRow(['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '转正时间', '所在党支部']);
  roster.addRow(['张伟', '男', validId('19850312', '011'), '正式党员', utc(2010, 7, 1), utc(2011, 7, 1), '中共青禾县财政局机关支部委员会']);
  roster.addRow(['李娜', '女', validId('19900520', '022'), '正式党员', utc(2015, 7, 1), utc(2016, 7, 1), '中共青禾县财政局机关支部委员会']);
  roster.addRow(['王芳', '女', validId('19950101', '024'), '正式党员', utc(2018, 7, 1), utc(2019, 7, 1), '中共青禾县税务局机关支部委员会']);
  const organisations = workbook.addWorksheet('党组织');
  organisations.addRow(['党组织名称', '组织类别', '党员数', '正式党员数', '上次换届时间', '上年定级', '本年定级', '是否大幅提升']);
  organisations.addRow(['中共青禾县财政局机关支部委员会', '党支部', 2, 2, utc(2024, 3, 1), '一般', '先进', '是']);
  organisations.addRow(['中共青禾县税务局机关支部委员会', '党支部', 4, 3, utc(2024, 5, 1), '先进', '先进', '否']);
  await workbook.xlsx.writeFile(workbookPath);
});
afterAll(async () => {
  await temp.remove();
});

async function taizhang(...args: string[]) {
  const io = memoryIo();
  const code = await run(args, io);
  return { code, stdout: io.stdout.text(), stderr: io.stderr.text() };
}

describe('a workbook holding several ledgers', () => {
  it('checks each sheet as its own ledger and reconciles them, on the sheet where the fix belongs', async () => {
    const { stdout } = await taizhang('check', workbookPath, '--as-of', '2025-12-31', '--json');
    const document = JSON.parse(stdout) as { files: { sheets: { sheet: string; template: string; issues: { row: number; column: string; rule: string }[] }[] }[] };
    const sheets = document.files[0]?.sheets ?? [];
    expect(sheets.map((sheet) => `${sheet.sheet}:${sheet.template}`)).toEqual(['花名册:roster', '党组织:organisation']);
    // The 税务局 branch reports 4 members and 3 full members; the roster lists one.
    const reconciliation = sheets[1]?.issues.filter((issue) => issue.rule.startsWith('reconcile.')).map((issue) => `${issue.column}${issue.row} ${issue.rule}`);
    expect(reconciliation).toEqual(['C3 reconcile.memberCount', 'D3 reconcile.memberCount']);
  });

  it('summarizes every ledger, with the 三分类 grading as fractions and the reconciliation table', async () => {
    const { code, stdout } = await taizhang('summarize', workbookPath, '--as-of', '2025-12-31', '--json');
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as { summaries: { template: string; headline: Record<string, number>; grading?: { class: string; count: number; upgraded: number; upgradeRate: number }[] }[] };
    expect(document.summaries.map((summary) => summary.template)).toEqual(['roster', 'organisation', 'reconciliation']);
    expect(document.summaries[0]?.headline['members']).toBe(3);
    expect(document.summaries[1]?.grading).toEqual([
      { class: '先进', count: 1, upgraded: 0, upgradeRate: 0, improved: 0, improvedRate: 0 },
      { class: '一般', count: 1, upgraded: 1, upgradeRate: 1, improved: 1, improvedRate: 1 },
      { class: '后进', count: 0, upgraded: 0, upgradeRate: 0, improved: 0, improvedRate: 0 },
    ]);
  });
});
