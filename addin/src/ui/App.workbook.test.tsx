/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rectAddress } from '../../../tests/fake-office/address';
import type { FakeExcel } from '../../../tests/fake-office/fakeExcel';
import { valuesAt } from '../../../tests/fake-office/workbook';
import { ledgerWorkbook } from '../testing/ledgerWorkbook';
import { prepareLayout, renderPane } from '../testing/renderPane';

beforeAll(prepareLayout);

function marks(fake: FakeExcel): Record<string, string[]> {
  return Object.fromEntries(fake.workbook.sheets.map((sheet) => [sheet.name, sheet.conditionalFormats.flatMap((format) => format.areas.map(rectAddress)).sort()]));
}

async function checkAll() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '检查全部工作表' }));
  await screen.findByText('已检查 3 张工作表，其中 2 张是台账。');
  return user;
}

describe('checking all sheets in the pane', () => {
  it('shows each sheet with its ledger and counts, and highlights every ledger', async () => {
    const { fake } = renderPane({ seed: ledgerWorkbook });
    await checkAll();
    const sheets = within(screen.getByRole('tablist', { name: '工作表' }));
    const roster = sheets.getByRole('tab', { name: '「党员花名册」党员花名册 错误 5 · 警告 2 · 提示 0' });
    const notes = sheets.getByRole('tab', { name: '「填表说明」未识别为台账' });
    const organisations = sheets.getByRole('tab', { name: '「党组织」党组织台账 错误 0 · 警告 3 · 提示 0' });
    expect(sheets.getAllByRole('tab')).toEqual([roster, notes, organisations]);
    expect(notes).toBeDisabled();
    expect(roster).toHaveAttribute('aria-selected', 'true');
    await waitFor(() => expect(marks(fake)).toEqual({ 党员花名册: ['C5', 'E3', 'E8', 'F9', 'H4', 'J7', 'L6'], 填表说明: [], 党组织: ['B6', 'E4', 'F4'] }));
  });

  it('lists another sheet\'s issues, the reconciliation\'s included, and selects a clicked issue\'s cell on that sheet', async () => {
    const { fake } = renderPane({ seed: ledgerWorkbook });
    const user = await checkAll();
    await user.click(screen.getByRole('tab', { name: /^「党组织」/ }));
    const list = within(screen.getByRole('region', { name: '问题列表' }));
    expect(list.getAllByRole('button', { expanded: true }).map((button) => button.textContent)).toEqual(['党员数与花名册不符2', '花名册中没有该支部党员1']);
    await user.click(list.getByRole('button', { name: /^E4 · 党员数/ }));
    const organisations = fake.workbook.sheets.find((sheet) => sheet.name === '党组织');
    await waitFor(() => expect(fake.workbook.selection).toEqual({ sheetId: organisations?.id, rect: { top: 3, left: 4, bottom: 3, right: 4 } }));
  });

  it('writes a summary sheet per ledger and the 台账核对 from that view', async () => {
    const { fake } = renderPane({ seed: ledgerWorkbook });
    const user = await checkAll();
    await user.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await screen.findByText('已生成“汇总”、“汇总-党组织”、“汇总-台账核对”工作表。')).toBeInTheDocument();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党员花名册', '填表说明', '党组织', '汇总', '汇总-党组织', '汇总-台账核对']);
    expect(valuesAt(fake.workbook, '汇总-台账核对', 'A1:A5')).toEqual([['台账核对'], ['统计截至：2025-06-30'], ['数据来源：机关党委台账.xlsx「党员花名册」，共 9 行'], ['数据来源：机关党委台账.xlsx「党组织」，共 5 行'], ['']]);
    // Checking all sheets again passes over the summaries just written.
    await user.click(screen.getByRole('button', { name: '检查全部工作表' }));
    await waitFor(() => expect(screen.getAllByRole('tab')).toHaveLength(3));
  });

  it('goes back to one sheet with 检查, taking the other sheets\' highlights away', async () => {
    const { fake } = renderPane({ seed: ledgerWorkbook });
    const user = await checkAll();
    await waitFor(() => expect(marks(fake)['党组织']).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText('已识别为党员花名册');
    expect(screen.queryByRole('tablist', { name: '工作表' })).not.toBeInTheDocument();
    await waitFor(() => expect(marks(fake)).toEqual({ 党员花名册: ['C5', 'E3', 'E8', 'F9', 'H4', 'J7', 'L6'], 填表说明: [], 党组织: [] }));
  });
});
