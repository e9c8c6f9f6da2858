/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rectAddress } from '../../../tests/fake-office/address';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import { workbookError } from '../host/WorkbookError';
import { prepareLayout, renderPane } from '../testing/renderPane';

beforeAll(prepareLayout);

async function checkRoster() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByText('已识别为党员花名册');
  return user;
}

function groupTitles(list = '问题列表'): string[] {
  return within(screen.getByRole('region', { name: list }))
    .getAllByRole('button', { expanded: true })
    .map((button) => button.textContent ?? '');
}

describe('task pane', () => {
  it('lists the issues grouped by rule, errors first, with counts by severity', async () => {
    renderPane();
    await checkRoster();
    expect(screen.getByText(/表头在第 1 行/)).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: '按类别筛选' })).getAllByRole('button').map((button) => button.textContent)).toEqual(['错误 5', '警告 2', '提示 0']);
    expect(groupTitles()).toEqual(['身份证号校验码错误1', '性别与身份证号不符1', '缺少转正时间1', '身份证号重复1', '无效日期1', '预备期满未转正1', '联系电话无效1']);
  });

  it('filters by severity', async () => {
    renderPane();
    const user = await checkRoster();
    await user.click(screen.getByRole('button', { name: '错误 5' }));
    expect(screen.getByRole('button', { name: '错误 5' })).toHaveAttribute('aria-pressed', 'false');
    expect(groupTitles()).toEqual(['预备期满未转正1', '联系电话无效1']);
    await user.click(screen.getByRole('button', { name: '警告 2' }));
    expect(screen.getByText('当前筛选下没有问题。')).toBeInTheDocument();
  });

  it('selects the cell of a clicked issue', async () => {
    const { fake } = renderPane();
    const user = await checkRoster();
    await user.click(screen.getByRole('button', { name: /^J7 · 转正时间/ }));
    await waitFor(() => expect(rectAddress(fake.workbook.selection.rect)).toBe('J7'));
    expect(screen.getByText('第 3 / 7 处')).toBeInTheDocument();
  });

  it('walks the issues with 上一个 and 下一个 in list order', async () => {
    const { fake } = renderPane();
    const user = await checkRoster();
    const selected = () => rectAddress(fake.workbook.selection.rect);
    await user.click(screen.getByRole('button', { name: '下一个' }));
    await waitFor(() => expect(selected()).toBe('E3'));
    expect(screen.getByRole('button', { name: '上一个' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '下一个' }));
    await waitFor(() => expect(selected()).toBe('C5'));
    await user.click(screen.getByRole('button', { name: '上一个' }));
    await waitFor(() => expect(selected()).toBe('E3'));
    expect(screen.getByRole('button', { name: /^E3 · 公民身份号码/ })).toHaveAttribute('aria-current', 'true');
  });

  it('shows a failure in a MessageBar in plain Chinese', async () => {
    renderPane({ host: (host) => ({ ...host, selectCell: () => Promise.reject(workbookError('sheetMissing')) }) });
    const user = await checkRoster();
    await user.click(screen.getByRole('button', { name: /^E3 · 公民身份号码/ }));
    expect(await screen.findByText('找不到检查时的工作表，它可能已被重命名或删除：请重新检查。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(screen.queryByText(/找不到检查时的工作表/)).not.toBeInTheDocument();
  });

  it('speaks English when Office is in English', async () => {
    renderPane({ locale: 'en' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText('Recognised as Party member roster');
    expect(screen.getByRole('button', { name: 'Errors 5' })).toBeInTheDocument();
    expect(groupTitles('Problems')[0]).toBe('ID numbers with a wrong check character1');
    expect(screen.getByRole('button', { name: /^E3 · 公民身份号码/ })).toHaveTextContent('公民身份号码 has a wrong check character (should be 7, is 8): verify the number');
  });

  it('highlights after a check, clears before re-checking, and clears when the toggle is turned off', async () => {
    const calls: string[] = [];
    const { fake } = renderPane({
      host: (host) => ({
        ...host,
        markIssues: (sheet, issues) => {
          calls.push(`mark ${issues.length}`);
          return host.markIssues(sheet, issues);
        },
        clearMarks: (sheet) => {
          calls.push('clear');
          return host.clearMarks(sheet);
        },
      }),
    });
    const user = await checkRoster();
    const marks = () => fake.workbook.sheets[0]?.conditionalFormats.length;
    await waitFor(() => expect(marks()).toBe(2));
    await user.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(calls).toEqual(['clear', 'mark 7', 'clear', 'mark 7']));
    expect(marks()).toBe(2);
    await user.click(screen.getByRole('switch', { name: '标记问题单元格' }));
    await waitFor(() => expect(marks()).toBe(0));
  });

  it('clears highlights a closed pane left on the sheet before marking again', async () => {
    const sheet = rosterSeed.sheets[0];
    const seed = { ...rosterSeed, sheets: [{ ...sheet, name: '党员花名册', conditionalFormats: [{ address: 'A5:A9', formula: '=ISTEXT("taizhang:error")', fill: '#FFC7CE' }] }, ...rosterSeed.sheets.slice(1)] };
    const { fake } = renderPane({ seed });
    await checkRoster();
    await waitFor(() => expect(fake.workbook.sheets[0]?.conditionalFormats.flatMap((format) => format.areas.map(rectAddress)).sort()).toEqual(['C5', 'E3', 'E8', 'F9', 'H4', 'J7', 'L6']));
  });

  it('can cancel a long read without reporting an error', async () => {
    const read = jest.fn((options?: { signal?: AbortSignal }) => new Promise<never>((_resolve, reject) => options?.signal?.addEventListener('abort', () => reject(workbookError('cancelled')))));
    renderPane({ host: (host) => ({ ...host, readSheet: read }) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '检查' }));
    expect(screen.getByRole('status')).toHaveTextContent('正在读取');
    await user.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());
    expect(screen.queryByText('操作未完成')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '检查' })).toBeEnabled();
  });

  it('writes the 汇总 sheet from 生成汇总', async () => {
    const { fake } = renderPane();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await screen.findByText('已生成“汇总”工作表。')).toBeInTheDocument();
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党员花名册', '填表说明', '汇总']);
  });
});
