import { describe, expect, it } from '@jest/globals';
import { builtInTemplates } from './builtInTemplates';
import { templateDefinitionSchema } from './templateSchema';

describe('templateDefinitionSchema', () => {
  it.each(builtInTemplates.map((template) => [template.id, template] as const))('accepts the built-in %s template', (_id, template) => {
    const { rowRules: _rows, tableRules: _tables, derive: _derive, ...definition } = template;
    expect(templateDefinitionSchema.safeParse(definition).success).toBe(true);
  });

  it('names the field that is wrong in a bad template', () => {
    const result = templateDefinitionSchema.safeParse({
      id: 'volunteer',
      name: { 'zh-CN': '志愿服务台账', en: 'Volunteer service' },
      fields: [
        { id: 'name', label: '姓名', aliases: [], type: 'text' },
        { id: 'hours', label: '服务时长', aliases: [], type: 'enum' },
        { id: 'name', label: '姓名2', aliases: [], type: 'text' },
      ],
      signature: ['name', 'place'],
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(paths).toEqual([
      'fields.1.options: an enum field needs options',
      'fields.2.id: duplicate field id "name"',
      'signature.1: signature names unknown field "place"',
    ]);
  });

  it('rejects a pattern that is not a regular expression', () => {
    const result = templateDefinitionSchema.safeParse({
      id: 'x',
      name: { 'zh-CN': 'x', en: 'x' },
      fields: [{ id: 'code', label: '编码', aliases: [], type: 'text', pattern: '([0-9' }],
      signature: ['code'],
    });
    expect(result.error?.issues[0]?.path).toEqual(['fields', 0, 'pattern']);
  });
});
