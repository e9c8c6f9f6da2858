import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import { builtInTemplates } from '../templates/builtInTemplates';
import { volunteerGrid, volunteerTemplateJson } from '../testing/volunteerLedger';
import { parseCustomTemplate, parseCustomTemplateText } from './parseCustomTemplate';
import { templatesWith } from './templatesWith';

const asOf = { year: 2025, month: 6, day: 30 };

function errorsOf(json: unknown, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const result = parseCustomTemplate(json, { locale });
  if (result.ok) throw new Error('expected the template to be refused');
  return result.errors;
}

describe('parseCustomTemplate on a ledger no built-in template knows', () => {
  it('builds a template that catches each planted problem at its cell, and nothing else', () => {
    const result = parseCustomTemplate(volunteerTemplateJson);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.template).toMatchObject({ id: 'volunteer-service', signature: ['name', 'serviceDate'], decisive: ['name', 'serviceDate'] });

    const { report } = checkGrid(volunteerGrid(), { asOf, templates: templatesWith(result.template) });
    expect(report).toMatchObject({ template: 'volunteer-service', headerRow: 2, dataRows: [3, 12] });
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule} ${issue.severity}`)).toEqual([
      'C4 id.checksum error',
      'F5 date.order error',
      'F6 age.under error',
      'G7 field.enum error',
      'H8 field.range error',
      'C9 duplicate.id error',
      'F10 date.future error',
      'B11 field.required error',
      'F12 date.text info',
      'G12 field.alias info',
    ]);
    const byCell = new Map(report.issues.map((issue) => [`${issue.column}${issue.row}`, issue]));
    expect(byCell.get('F5')?.message).toBe('服务日期 2025-04-08 早于报名日期 2025-04-10：先后顺序不对');
    expect(byCell.get('F6')?.message).toBe('服务日期时未满18周岁（15岁）');
    expect(byCell.get('H8')?.message).toBe('服务时长（小时）超出允许范围（0.5～12）');
    expect(byCell.get('G12')?.fix).toBe('助老助残');
    expect(byCell.get('F12')?.fix).toBe('2025-05-04');
  });

  it('is still found among the built-in templates when the sheet is not forced to it', () => {
    const result = parseCustomTemplate(volunteerTemplateJson);
    if (!result.ok) throw new Error('refused');
    expect(checkGrid(volunteerGrid(), { asOf }).report.template).toBeNull();
    expect(checkGrid(volunteerGrid(), { asOf, templates: templatesWith(result.template) }).report.template).toBe('volunteer-service');
  });
});

describe('parseCustomTemplate on a bad template', () => {
  it('names each wrong entry with a zh-CN message, not zod text', () => {
    expect(
      errorsOf({
        id: 'volunteer',
        name: '志愿服务台账',
        fields: [
          { id: 'name', label: '姓名', type: 'text', requried: true },
          { id: 'hours', label: '服务时长', type: 'float' },
          { id: '服务类型', label: '服务类型', type: 'enum', values: [] },
          { id: 'phone', label: '联系电话', type: 'phone', unique: 'yes' },
        ],
        rules: [{ rule: 'maxAge', birth: 'birthDate' }],
      }),
    ).toEqual([
      { path: 'fields[0].requried', message: '不认识的属性：请检查拼写，可用的属性有 id、label、aliases、type、required、values、min、max、pattern、unique' },
      { path: 'fields[1].type', message: '必须是 text、integer、number、date、enum、id-number、phone 之一' },
      { path: 'fields[2].id', message: '字段 id 只能用英文字母、数字和下划线，并以字母开头（如 serviceDate）' },
      { path: 'fields[2].values', message: '至少要有 1 项' },
      { path: 'fields[3].unique', message: '应为真假值 true 或 false' },
      { path: 'rules[0].rule', message: '必须是 dateOrder、minAge、notFuture 之一' },
    ]);
  });

  it('checks what fields and rules refer to once the shape is right', () => {
    expect(
      errorsOf({
        id: 'pairing',
        name: '结对帮扶台账',
        fields: [
          { id: 'member', label: '党员姓名', type: 'text', required: true },
          { id: 'household', label: '帮扶对象', type: 'text', min: 1 },
          { id: 'startDate', label: '结对时间', type: 'date' },
          { id: 'way', label: '帮扶方式', type: 'enum' },
          { id: 'member', label: '联系人', type: 'text' },
          { id: 'visits', type: 'integer', min: 12, max: 4 },
        ],
        signature: ['member', 'place'],
        rules: [
          { rule: 'dateOrder', before: 'startDate', after: 'household' },
          { rule: 'minAge', birth: 'birthDate', at: 'startDate', years: 18 },
        ],
      }),
    ).toEqual([
      { path: 'fields[1].min', message: 'min 只适用于 integer、number 类型的字段' },
      { path: 'fields[3].values', message: 'enum 类型的字段需要 values（可选值列表）' },
      { path: 'fields[4].id', message: '字段 id "member" 重复（fields[0] 已使用）' },
      { path: 'fields[5].label', message: '新字段需要 label（表头文字，如"服务时长"）' },
      { path: 'fields[5].min', message: 'min 不能大于 max' },
      { path: 'signature[1]', message: '没有 id 为 "place" 的字段' },
      { path: 'rules[0].after', message: '字段 "household" 的类型是 text，这里需要 date 类型的字段' },
      { path: 'rules[1].birth', message: '没有 id 为 "birthDate" 的字段' },
    ]);
  });

  it('speaks English when asked', () => {
    expect(errorsOf({ id: 'x', fields: [{ id: 'a', label: 'A', type: 'float' }] }, 'en')).toEqual([
      { path: 'fields[0].type', message: 'must be one of text, integer, number, date, enum, id-number, phone' },
    ]);
  });

  it('tells a missing entry from a wrong one', () => {
    expect(errorsOf({ id: 'x', fields: [{ id: 'a', label: 'A' }] })).toEqual([
      { path: 'fields[0].type', message: '需要填写 type，应为 text、integer、number、date、enum、id-number、phone 之一' },
    ]);
    expect(errorsOf({ id: 'x' })).toEqual([{ path: 'fields', message: '缺少此项' }]);
    expect(errorsOf([])).toEqual([{ path: '', message: '应为对象 { … }' }]);
  });

  it('refuses a new template that takes a built-in id, pointing to extends', () => {
    expect(errorsOf({ id: 'roster', fields: [{ id: 'a', label: 'A', type: 'text' }] })).toEqual([
      { path: 'id', message: '"roster" 是内置模板的 id：若要在内置模板上增加列或别名，请删除 id 并写 "extends": "roster"' },
    ]);
    const builtInIds = builtInTemplates.map((template) => template.id).join('、');
    expect(errorsOf({ extends: 'rooster', fields: [] })).toEqual([{ path: 'extends', message: `必须是 ${builtInIds} 之一` }]);
  });

  it('does not let an extension change a built-in field type', () => {
    expect(errorsOf({ extends: 'roster', fields: [{ id: 'joinDate', type: 'text' }] })).toEqual([
      { path: 'fields[0].type', message: '不能改变内置字段的类型（内置为 date，这里写了 text）' },
    ]);
  });
});

describe('parseCustomTemplateText', () => {
  it('reports a JSON syntax error by line and column', () => {
    const result = parseCustomTemplateText('{\n  "id": "x",\n  "fields": [],\n}\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ path: '', message: '不是有效的 JSON（第 4 行第 1 列附近）：请检查逗号、引号和括号是否成对' }]);
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseCustomTemplateText(`\uFEFF${JSON.stringify(volunteerTemplateJson)}`).ok).toBe(true);
  });
});
