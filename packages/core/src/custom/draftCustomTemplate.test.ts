import { describe, expect, it } from '@jest/globals';
import type { Grid } from '../grid/Grid';
import { volunteerGrid, volunteerId } from '../testing/volunteerLedger';
import { draftCustomTemplate } from './draftCustomTemplate';
import { parseCustomTemplate } from './parseCustomTemplate';

describe('draftCustomTemplate', () => {
  it('proposes a new ledger for a sheet no built-in template knows, a field per column', () => {
    const draft = draftCustomTemplate(volunteerGrid(), { id: 'volunteer-service' });
    expect(draft?.headerRow).toBe(2);
    expect(draft?.definition).toEqual({
      id: 'volunteer-service',
      name: '志愿服务',
      fields: [
        { id: 'columnB', label: '志愿者姓名', type: 'text' },
        { id: 'idNumber', label: '身份证号', type: 'id-number', unique: true },
        { id: 'branch', label: '支部', type: 'text' },
        { id: 'columnE', label: '报名日期', type: 'date' },
        { id: 'columnF', label: '服务日期', type: 'date' },
        { id: 'columnG', label: '服务类型', type: 'text' },
        { id: 'columnH', label: '服务时长（小时）', type: 'number' },
        { id: 'phone', label: '联系电话', type: 'phone' },
      ],
    });
    expect(draft?.columns[0]).toEqual({ column: 'B', header: '志愿者姓名', field: 'columnB' });
    expect(draft && parseCustomTemplate(draft.definition).ok).toBe(true);
  });

  it('offers a short repeated list as an enum', () => {
    const kinds = ['走访慰问', '政策宣讲', '走访慰问', '技能培训'];
    const values: Grid['values'] = [['帮扶对象', '帮扶方式', '帮扶次数'], ...Array.from({ length: 9 }, (_, index) => [`户主${index + 1}`, kinds[index % 4] ?? '', index + 1])];
    const draft = draftCustomTemplate({ sheet: '结对帮扶', origin: { row: 1, column: 1 }, values });
    expect(draft?.definition.fields).toEqual([
      { id: 'columnA', label: '帮扶对象', type: 'text' },
      { id: 'columnB', label: '帮扶方式', type: 'enum', values: ['走访慰问', '政策宣讲', '技能培训'] },
      { id: 'columnC', label: '帮扶次数', type: 'integer' },
    ]);
  });

  it('proposes the built-in ledger extended with the columns it does not know', () => {
    const grid: Grid = {
      sheet: '花名册',
      origin: { row: 1, column: 1 },
      values: [
        ['姓名', '性别', '公民身份号码', '人员类别', '所在党支部', '入党时间', '籍贯', '党内职务'],
        ['王建国', '男', volunteerId('19850312', '041'), '正式党员', '教育局支部', '2010-07-01', '安徽青禾', '书记'],
      ],
    };
    const draft = draftCustomTemplate(grid);
    expect(draft?.definition).toEqual({
      extends: 'roster',
      fields: [
        { id: 'columnG', label: '籍贯', type: 'text' },
        { id: 'columnH', label: '党内职务', type: 'text' },
      ],
    });
    expect(draft?.columns.map((column) => column.field)).toEqual(['name', 'sex', 'idNumber', 'category', 'branch', 'joinDate', 'columnG', 'columnH']);
    expect(draftCustomTemplate(grid, { headerRow: 1 })?.definition).toEqual(draft?.definition);
  });

  it('finds nothing to draft in a sheet without a header', () => {
    expect(draftCustomTemplate({ sheet: 'Sheet1', origin: { row: 1, column: 1 }, values: [['说明'], [1, 2]] })).toBeUndefined();
  });
});
