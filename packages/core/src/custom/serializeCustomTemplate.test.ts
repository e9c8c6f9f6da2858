import { describe, expect, it } from '@jest/globals';
import { volunteerTemplateJson } from '../testing/volunteerLedger';
import { parseCustomTemplate, parseCustomTemplateText } from './parseCustomTemplate';
import { serializeCustomTemplate } from './serializeCustomTemplate';

describe('serializeCustomTemplate', () => {
  it('writes a definition that reads back to the same definition', () => {
    const first = parseCustomTemplate(volunteerTemplateJson);
    if (!first.ok) throw new Error('refused');
    const text = serializeCustomTemplate(first.definition);
    const again = parseCustomTemplateText(text);
    expect(again.ok && again.definition).toEqual(first.definition);
    expect(again.ok && again.template.fields).toEqual(first.template.fields);
  });

  it('puts the top-level keys in a fixed order with two-space indent', () => {
    const text = serializeCustomTemplate({ fields: [{ id: 'post', label: '党内职务', type: 'text' }], extends: 'roster' });
    expect(text).toBe('{\n  "extends": "roster",\n  "fields": [\n    {\n      "id": "post",\n      "label": "党内职务",\n      "type": "text"\n    }\n  ]\n}\n');
  });
});
