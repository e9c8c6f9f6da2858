/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FakeExcel } from '../../../tests/fake-office/fakeExcel';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import type { WorkbookSeed } from '../../../tests/fake-office/workbook';
import type { CheckRunner } from '../check/CheckRunner';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import { ledgerWorkbook } from '../testing/ledgerWorkbook';
import { prepareLayout, renderPane } from '../testing/renderPane';

beforeAll(prepareLayout);

const protectedRoster: WorkbookSeed = { ...rosterSeed, sheets: rosterSeed.sheets.map((sheet, i) => (i === 0 ? { ...sheet, protected: true } : sheet)) };

function markCount(fake: FakeExcel): number {
  return fake.workbook.sheets.reduce((sum, sheet) => sum + sheet.conditionalFormats.length, 0);
}

async function click(name: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name }));
  return user;
}

describe('the pane when things go wrong', () => {
  it('a protected sheet: the issues are listed, nothing is highlighted, and the pane says why', async () => {
    const { fake } = renderPane({ seed: protectedRoster });
    await click('检查');
    expect(await screen.findByText('工作表受保护，无法标记问题单元格，没有做任何标记：请在“审阅”选项卡中撤销工作表保护后重试。')).toBeInTheDocument();
    expect(screen.getByText('已识别为党员花名册')).toBeInTheDocument();
    expect(markCount(fake)).toBe(0);
  });

  it('says so in English when Office is in English', async () => {
    renderPane({ seed: protectedRoster, locale: 'en' });
    await click('Check');
    expect(await screen.findByText('The sheet is protected, so no cell was highlighted. Unprotect it (Review tab) and try again.')).toBeInTheDocument();
  });

  it('a read-only workbook: 生成汇总 changes nothing and says what to do', async () => {
    const { fake } = renderPane({ seed: { ...rosterSeed, readOnly: true } });
    const before = fake.snapshot();
    await click('生成汇总');
    expect(await screen.findByText('工作簿以只读方式打开，无法写入，工作簿未被改动：请先点击“启用编辑”（或另存一份）后重试。')).toBeInTheDocument();
    expect(fake.snapshot()).toEqual(before);
  });

  it('a sync failing half-way through highlighting: no highlight is left', async () => {
    const { fake } = renderPane({
      host: (host, fake) => ({
        ...host,
        markIssues: (sheet, issues) => {
          fake.failSync(1, { afterActions: 3 });
          return host.markIssues(sheet, issues);
        },
      }),
    });
    await click('检查');
    expect(await screen.findByText('标记问题单元格失败，已撤销已做的标记。')).toBeInTheDocument();
    expect(markCount(fake)).toBe(0);
  });

  it('a sync failing half-way through writing the summaries: the workbook is as it was before', async () => {
    let before: unknown;
    const { fake } = renderPane({
      seed: ledgerWorkbook,
      host: (host, fake) => ({
        ...host,
        writeSummaries: (summaries) => {
          before = fake.snapshot();
          // Sync 1 reads the sheets, 2 to 4 build the three summaries: fail while building the third.
          fake.failSync(4, { afterActions: 10 });
          return host.writeSummaries(summaries);
        },
      }),
    });
    const user = await click('检查全部工作表');
    await screen.findByText('已检查 3 张工作表，其中 2 张是台账。');
    await user.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await screen.findByText('生成汇总失败，工作簿已恢复原样：请重试。')).toBeInTheDocument();
    expect(fake.snapshot()).toEqual(before);
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党员花名册', '填表说明', '党组织']);
  });

  it('the user sorting the sheet during a long check: nothing is highlighted and the pane asks to check again', async () => {
    const sortingDuringCheck = (fake: FakeExcel): CheckRunner => async (request, signal) => {
      const roster = fake.workbook.sheets[0];
      if (roster !== undefined) roster.values = [roster.values[0] ?? [], ...roster.values.slice(1).reverse()];
      return inlineCheckRunner(request, signal);
    };
    const { fake } = renderPane({ runCheck: sortingDuringCheck });
    await click('检查');
    expect(await screen.findByText('检查期间工作表被改动过（插入、删除、排序或编辑了行），为免标错单元格，结果未采用：请重新检查。')).toBeInTheDocument();
    expect(screen.queryByText('已识别为党员花名册')).not.toBeInTheDocument();
    expect(markCount(fake)).toBe(0);
  });

  it('a summary write cut short by a reload last time: its leftovers are removed when the pane starts', async () => {
    const interrupted: WorkbookSeed = { ...rosterSeed, sheets: [...rosterSeed.sheets, { name: '汇总（生成中）', rows: [['党员基本情况汇总']], visibility: 'Hidden' }] };
    const { fake } = renderPane({ seed: interrupted });
    expect(await screen.findByText('上次生成汇总时任务窗格中途关闭，留下的 1 个临时工作表已清理，工作簿已恢复完整。')).toBeInTheDocument();
    await waitFor(() => expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党员花名册', '填表说明']));
  });
});
