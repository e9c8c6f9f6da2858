import { describe, expect, it } from '@jest/globals';
import { parseCustomTemplateText, type CustomTemplateDefinition } from '@taizhang/core';
import { createFakeExcel, reopenFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { templateKey } from '../host/templateKey';
import { deleteTemplate, readTemplates, saveTemplate, templateNamespace } from './templateStore';

const volunteer: CustomTemplateDefinition = {
  id: 'volunteer-service',
  name: '志愿服务',
  fields: [
    { id: 'name', label: '志愿者姓名', type: 'text', required: true },
    { id: 'hours', label: '服务时长（小时）', type: 'number', min: 0.5, max: 12 },
  ],
};
const roster: CustomTemplateDefinition = { extends: 'roster', fields: [{ id: 'columnG', label: '籍贯', type: 'text' }] };

describe('templates saved in the workbook', () => {
  it('are found again, whole, after the workbook is closed and opened again', async () => {
    const fake = createFakeExcel({ sheets: [{ name: '志愿服务' }] });
    await saveTemplate(fake.run, volunteer);
    const reopened = reopenFakeExcel(fake);
    const texts = await readTemplates(reopened.run);
    expect(texts).toHaveLength(1);
    const parsed = parseCustomTemplateText(texts[0] ?? '');
    expect(parsed.ok && parsed.definition).toEqual(volunteer);
    expect(reopened.workbook.customXmlParts.map((part) => part.namespaceUri)).toEqual([templateNamespace]);
  });

  it('replace a saved template with the same id or base, and sit beside the others', async () => {
    const fake = createFakeExcel({ sheets: [{ name: '志愿服务' }] });
    await saveTemplate(fake.run, volunteer);
    await saveTemplate(fake.run, roster);
    await saveTemplate(fake.run, { ...volunteer, name: '党员志愿服务台账' });
    const names = (await readTemplates(fake.run)).map((text) => JSON.parse(text) as CustomTemplateDefinition).map((definition) => definition.name ?? definition.extends);
    expect(names).toEqual(['党员志愿服务台账', 'roster']);
    await deleteTemplate(fake.run, templateKey(volunteer));
    expect((await readTemplates(fake.run)).map((text) => (JSON.parse(text) as CustomTemplateDefinition).extends)).toEqual(['roster']);
  });

  it('are read however Excel wrote the part back, and other add-ins\' parts are left alone', async () => {
    const written = `<?xml version="1.0" encoding="utf-8"?>\n<t:template xmlns:t="${templateNamespace}">{&quot;extends&quot;:&quot;roster&quot;,&quot;fields&quot;:[]}</t:template>`;
    const fake = createFakeExcel({ sheets: [{ name: 'S' }], customXmlParts: [written, '<review xmlns="urn:other">{}</review>'] });
    expect(await readTemplates(fake.run)).toEqual(['{"extends":"roster","fields":[]}']);
    await saveTemplate(fake.run, roster);
    expect(fake.workbook.customXmlParts.map((part) => part.namespaceUri)).toEqual([templateNamespace, 'urn:other']);
  });

  it('report a workbook that cannot take the template', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S' }], readOnly: true });
    await expect(saveTemplate(fake.run, volunteer)).rejects.toMatchObject({ name: 'WorkbookError', code: 'templateSaveFailed' });
    expect(fake.workbook.customXmlParts).toEqual([]);
  });
});
