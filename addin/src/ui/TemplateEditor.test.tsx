/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CustomTemplateDefinition } from '@taizhang/core';
import { volunteerGrid } from '../../../packages/core/src/testing/volunteerLedger';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import { prepareLayout } from '../testing/renderPane';
import { readFileText } from './readFileText';
import { startDraft } from './templateDraft';
import { TemplateEditor } from './TemplateEditor';

beforeAll(prepareLayout);

const grid = volunteerGrid();
const asOf = { year: 2025, month: 6, day: 30 };

function renderEditor(onSave = jest.fn(async (_definition: CustomTemplateDefinition) => undefined)) {
  const initial = startDraft(grid, [], null);
  if (initial === undefined) throw new Error('the volunteer sheet has a header');
  render(
    <FluentProvider theme={webLightTheme}>
      <TemplateEditor grid={grid} initial={initial} saved={[]} asOf={asOf} runCheck={inlineCheckRunner} locale="zh-CN" disabled={false} describeError={String} onSave={onSave} onClose={() => undefined} />
    </FluentProvider>,
  );
  return { onSave, user: userEvent.setup() };
}

const preview = () => screen.getByRole('status', { name: '预览' });

async function pick(user: ReturnType<typeof userEvent.setup>, name: string, option: string) {
  await user.click(screen.getByRole('combobox', { name }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('TemplateEditor', () => {
  it('lists each header column with its field, type and required pickers, and previews the check', async () => {
    renderEditor();
    const columns = within(screen.getByRole('list', { name: '各列' })).getAllByRole('listitem');
    expect(columns).toHaveLength(8);
    expect(columns[0]).toHaveTextContent(/^B · 志愿者姓名/);
    expect(screen.getByRole('combobox', { name: '“身份证号”列的字段' })).toHaveTextContent('公民身份号码');
    expect(screen.getByRole('combobox', { name: '“服务时长（小时）”列的类型' })).toHaveTextContent('数字');
    expect(screen.getByRole('checkbox', { name: '“志愿者姓名”列必填' })).not.toBeChecked();
    expect(screen.getByLabelText('模板名称')).toHaveValue('志愿服务');
    await waitFor(() => expect(preview()).toHaveTextContent(/错误 \d+ · 警告 \d+ · 提示 \d+/));
  });

  it('re-checks live as a column is made required, a type changed or a column dropped', async () => {
    const { user } = renderEditor();
    await waitFor(() => expect(preview()).toHaveTextContent('错误'));
    const before = preview().textContent;
    expect(before).not.toContain('缺少必填');

    await user.click(screen.getByRole('checkbox', { name: '“志愿者姓名”列必填' }));
    // Row 11 has no name: required now, it is an error.
    await waitFor(() => expect(preview()).toHaveTextContent(/必填/));

    await pick(user, '“服务类型”列的类型', '可选值');
    expect(screen.getByRole('combobox', { name: '“服务类型”列的类型' })).toHaveTextContent('可选值');
    await pick(user, '“联系电话”列的字段', '不检查此列');
    expect(screen.getByRole('combobox', { name: '“联系电话”列的类型' })).toBeDisabled();
    await waitFor(() => expect(preview().textContent).not.toBe(before));
  });

  it('is used with the keyboard alone', async () => {
    const { user } = renderEditor();
    act(() => screen.getByRole('combobox', { name: '“服务时长（小时）”列的类型' }).focus());
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByRole('combobox', { name: '“服务时长（小时）”列的类型' })).toHaveTextContent('整数');
    // Tab order is Tabster's, which needs a layout jsdom does not have: focus the checkbox as Tab would.
    act(() => screen.getByRole('checkbox', { name: '“服务时长（小时）”列必填' }).focus());
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: '“服务时长（小时）”列必填' })).toBeChecked();
  });

  it('saves the edited definition', async () => {
    const { onSave, user } = renderEditor();
    await user.clear(screen.getByLabelText('模板名称'));
    await user.type(screen.getByLabelText('模板名称'), '党员志愿服务台账');
    await user.click(screen.getByRole('checkbox', { name: '“服务日期”列必填' }));
    await user.click(screen.getByRole('button', { name: '保存到工作簿' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]?.[0];
    expect(saved?.id).toBe('custom');
    expect(saved?.name).toBe('党员志愿服务台账');
    expect(saved?.fields.find((field) => field.label === '服务日期')).toEqual({ id: 'columnF', label: '服务日期', type: 'date', required: true });
  });

  it('exports the template as a .json download and imports one, naming the field of a bad one', async () => {
    const created: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => (created.push(blob), 'blob:taizhang') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderEditor();

    await user.click(screen.getByRole('button', { name: '导出 JSON' }));
    expect(clicked).toHaveBeenCalledTimes(1);
    expect(clicked.mock.contexts[0]).toHaveProperty('download', 'taizhang.template.json');
    const exported = JSON.parse(await readFileText(created[0] ?? new Blob())) as CustomTemplateDefinition;
    expect(exported).toMatchObject({ id: 'custom', name: '志愿服务' });

    const bad = new File([JSON.stringify({ ...exported, fields: [{ id: 'hours', label: '服务时长', type: 'decimal' }] })], 'bad.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('导入 JSON'), bad);
    expect(await screen.findByText(/fields\[0\]\.type/)).toBeInTheDocument();

    const renamed = new File([JSON.stringify({ ...exported, name: '导入的模板', fields: exported.fields.map((field) => (field.id === 'columnH' ? { ...field, id: 'hours', type: 'integer' } : field)) })], 'good.json');
    await user.upload(screen.getByLabelText('导入 JSON'), renamed);
    await waitFor(() => expect(screen.getByLabelText('模板名称')).toHaveValue('导入的模板'));
    expect(screen.getByRole('combobox', { name: '“服务时长（小时）”列的类型' })).toHaveTextContent('整数');
    expect(screen.queryByText(/fields\[0\]\.type/)).not.toBeInTheDocument();
  });
});
