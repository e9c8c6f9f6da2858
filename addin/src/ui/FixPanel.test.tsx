/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkGrid, planFixes, type CellFix } from '@taizhang/core';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { fixableSeed } from '../../../tests/fake-office/fixableSeed';
import type { UndoableFixes } from '../host/FixOutcome';
import { readSheet } from '../office/readSheet';
import { prepareLayout } from '../testing/renderPane';
import { FixPanel } from './FixPanel';

let fixes: CellFix[];

beforeAll(async () => {
  prepareLayout();
  const { grid } = await readSheet(createFakeExcel(fixableSeed).run);
  fixes = planFixes(checkGrid(grid, { asOf: { year: 2025, month: 6, day: 30 } }).report, { grid });
});

function renderPanel(props: { fixes?: readonly CellFix[]; undoable?: UndoableFixes; running?: 'apply' | 'undo' } = {}) {
  const onApply = jest.fn<(chosen: readonly CellFix[]) => void>();
  const onUndo = jest.fn<() => void>();
  render(
    <FluentProvider theme={webLightTheme}>
      <FixPanel fixes={props.fixes ?? fixes} undoable={props.undoable} locale="zh-CN" disabled={false} running={props.running} onApply={onApply} onUndo={onUndo} />
    </FluentProvider>,
  );
  return { onApply, onUndo, user: userEvent.setup() };
}

const cells = (chosen: readonly CellFix[] | undefined) => chosen?.map((fix) => `${fix.column}${fix.row}`);

describe('FixPanel', () => {
  it('lists the planned fixes per rule, before → after, once opened', async () => {
    const { user } = renderPanel();
    const panel = screen.getByRole('region', { name: '安全修正' });
    await user.click(within(panel).getByRole('button', { name: '可安全修正 9 处' }));
    const groups = within(panel).getAllByRole('listitem').filter((item) => item.parentElement?.parentElement === panel);
    expect(groups.map((group) => group.firstElementChild?.textContent)).toEqual([
      '去除多余空格 2修正此类',
      '全角转半角 1修正此类',
      '身份证号末位 x 改为 X 1修正此类',
      '改为规范名称 2修正此类',
      '文本日期转为日期 2修正此类',
      '15位身份证号升级为18位 1修正此类',
    ]);
    expect(within(panel).getByText('B3 姓名：“ 王芳 ” → “王芳”')).toBeInTheDocument();
    expect(within(panel).getByText('I4 入党时间：“2012.05.04” → “2012-05-04”')).toBeInTheDocument();
    expect(within(panel).getByText('E6 公民身份号码：“410105790909031” → “410105197909090315”')).toBeInTheDocument();
  });

  it('applies all, or only the fixes of one rule', async () => {
    const { onApply, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: '全部修正（9 处）' }));
    expect(cells(onApply.mock.calls[0]?.[0])).toEqual(['B3', 'D3', 'J3', 'C4', 'E4', 'I4', 'E5', 'L5', 'E6']);
    await user.click(screen.getByRole('button', { name: '可安全修正 9 处' }));
    await user.click(screen.getByRole('button', { name: '修正：改为规范名称' }));
    expect(cells(onApply.mock.calls[1]?.[0])).toEqual(['D3', 'C4']);
  });

  it('offers undo of the last fixes, even when nothing is left to fix', async () => {
    const { onUndo, user } = renderPanel({ fixes: [], undoable: { time: '2025-06-30 14:05:09', sheet: '党员花名册', cells: 9 } });
    expect(screen.queryByRole('button', { name: /全部修正/ })).not.toBeInTheDocument();
    expect(screen.getByText('上次修正：2025-06-30 14:05:09，共 9 处')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '撤销上次修正' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('shows nothing when there is nothing to fix or undo, and locks its buttons while working', () => {
    const { container } = render(<FixPanel fixes={[]} undoable={undefined} locale="zh-CN" disabled={false} running={undefined} onApply={() => undefined} onUndo={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
    renderPanel({ running: 'apply', undoable: { time: '2025-06-30 14:05:09', sheet: '党员花名册', cells: 9 } });
    expect(screen.getByRole('button', { name: '全部修正（9 处）' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '撤销上次修正' })).toBeDisabled();
    expect(screen.getByText('正在修正…')).toBeInTheDocument();
  });
});
