import { describe, expect, it } from '@jest/globals';
import { parseCustomTemplate, type Grid } from '@taizhang/core';
import { volunteerGrid, volunteerId, volunteerTemplateJson } from '../../../packages/core/src/testing/volunteerLedger';
import { changeRequired, changeType, choiceOf, chooseField, columnField, draftOf, freeTemplateId, rename, startDraft, type TemplateDraft } from './templateDraft';

const grid = volunteerGrid();

function fieldOf(draft: TemplateDraft, column: string) {
  const found = draft.columns.find((candidate) => candidate.column === column);
  return found === undefined ? undefined : columnField(draft, found);
}

function mustStart(sheet: Grid, saved = [] as Parameters<typeof startDraft>[1], checkedAs: string | null = null): TemplateDraft {
  const draft = startDraft(sheet, saved, checkedAs);
  if (draft === undefined) throw new Error('no draft');
  return draft;
}

describe('the template editor\'s draft', () => {
  it('starts from the headers of a sheet no template knows, under an id no saved template has', () => {
    const draft = mustStart(grid, [{ id: 'custom', fields: [{ id: 'a', label: 'A', type: 'text' }] }]);
    expect(draft.definition.id).toBe('custom-2');
    expect(draft.headerRow).toBe(2);
    expect(draft.columns.map((column) => `${column.column} ${column.header} ${column.field ?? '-'}`)).toEqual([
      'B 志愿者姓名 columnB',
      'C 身份证号 idNumber',
      'D 支部 branch',
      'E 报名日期 columnE',
      'F 服务日期 columnF',
      'G 服务类型 columnG',
      'H 服务时长（小时） columnH',
      'I 联系电话 phone',
    ]);
    expect(fieldOf(draft, 'H')).toEqual({ id: 'columnH', type: 'number', required: false, inherited: false });
    expect(choiceOf(draft.columns[0] ?? { column: 'B', header: '', field: undefined })).toEqual({ kind: 'own' });
    expect(choiceOf(draft.columns[1] ?? { column: 'C', header: '', field: undefined })).toEqual({ kind: 'known', id: 'idNumber' });
  });

  it('edits field, type and required into a definition the core accepts', () => {
    let draft = mustStart(grid);
    draft = chooseField(draft, grid, 'B', { kind: 'known', id: 'name' });
    draft = changeRequired(draft, 'B', true);
    draft = changeType(draft, grid, 'G', 'enum');
    draft = chooseField(draft, grid, 'D', { kind: 'skip' });
    draft = rename(draft, '党员志愿服务台账');
    const parsed = parseCustomTemplate(draft.definition);
    expect(parsed.ok).toBe(true);
    expect(draft.definition.name).toBe('党员志愿服务台账');
    expect(draft.definition.fields.find((field) => field.id === 'name')).toEqual({ id: 'name', label: '志愿者姓名', type: 'text', required: true });
    // The column's own values become the list, 植树 included: the user prunes it in the JSON if it is wrong.
    expect(draft.definition.fields.find((field) => field.id === 'columnG')).toEqual({ id: 'columnG', label: '服务类型', type: 'enum', values: ['理论宣讲', '环境整治', '文明交通', '助老助残', '植树', '助老'] });
    expect(draft.definition.fields.map((field) => field.id)).not.toContain('branch');
    expect(draft.columns.find((column) => column.column === 'D')?.field).toBeUndefined();
    expect(changeType(draft, grid, 'G', 'text').definition.fields.find((field) => field.id === 'columnG')).toEqual({ id: 'columnG', label: '服务类型', type: 'text' });
  });

  it('takes a known enum field with all its values and aliases, so 汉 is offered as 汉族', () => {
    const sheet: Grid = { sheet: '结对帮扶', origin: { row: 1, column: 1 }, values: [['帮扶对象', '民族', '帮扶次数'], ['李大爷', '汉', 3]] };
    const draft = chooseField(mustStart(sheet), sheet, 'B', { kind: 'known', id: 'ethnicity' });
    const ethnicity = draft.definition.fields.find((field) => field.id === 'ethnicity');
    expect(ethnicity?.values).toContainEqual({ value: '汉族', aliases: expect.arrayContaining(['汉']) });
  });

  it('extends a built-in ledger: its own columns keep their type, and required is stated only when it differs', () => {
    const roster: Grid = {
      sheet: '花名册',
      origin: { row: 1, column: 1 },
      values: [
        ['姓名', '性别', '公民身份号码', '人员类别', '入党时间', '籍贯'],
        ['王建国', '男', volunteerId('19850312', '041'), '正式党员', '2010-07-01', '安徽青禾'],
      ],
    };
    let draft = mustStart(roster);
    expect(draft.definition).toEqual({ extends: 'roster', fields: [{ id: 'columnF', label: '籍贯', type: 'text' }] });
    const name = fieldOf(draft, 'A');
    expect(name).toEqual({ id: 'name', type: 'text', required: name?.required ?? false, inherited: true });
    expect(chooseField(draft, roster, 'A', { kind: 'skip' })).toBe(draft);
    draft = changeRequired(draft, 'E', !(fieldOf(draft, 'E')?.required ?? false));
    expect(draft.definition.fields).toHaveLength(2);
    draft = changeRequired(draft, 'E', !(fieldOf(draft, 'E')?.required ?? false));
    expect(draft.definition).toEqual({ extends: 'roster', fields: [{ id: 'columnF', label: '籍贯', type: 'text' }] });
    expect(rename(draft, '花名册（本县）')).toBe(draft);
  });

  it('lays a saved or imported template over the sheet, and restarts from it', () => {
    const parsed = parseCustomTemplate(volunteerTemplateJson);
    if (!parsed.ok) throw new Error('valid');
    const draft = draftOf(grid, parsed.definition);
    expect(draft?.columns.find((column) => column.column === 'H')).toEqual({ column: 'H', header: '服务时长（小时）', field: 'hours' });
    expect(draft && fieldOf(draft, 'H')).toEqual({ id: 'hours', type: 'number', required: false, inherited: false });
    expect(draft && choiceOf(draft.columns.find((column) => column.column === 'H') ?? { column: 'H', header: '', field: undefined })).toEqual({ kind: 'own' });
    expect(startDraft(grid, [parsed.definition], 'volunteer-service')?.definition).toBe(parsed.definition);
    expect(draftOf(grid, { id: 'bad', fields: [] })).toBeUndefined();
    expect(freeTemplateId([parsed.definition, { id: 'custom', fields: [] }])).toBe('custom-2');
  });
});
