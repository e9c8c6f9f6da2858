import type { CustomTemplateDefinition } from './customTemplateSchema';

const keyOrder = ['$schema', 'id', 'extends', 'name', 'signature', 'fields', 'rules'] as const;

/**
 * A definition as the JSON text users keep and the workbook stores: two-space indent, top-level keys
 * in a fixed order so that saving an unchanged template changes nothing, and a final newline.
 */
export function serializeCustomTemplate(definition: CustomTemplateDefinition): string {
  const ordered = Object.fromEntries(keyOrder.flatMap((key) => (definition[key] === undefined ? [] : [[key, definition[key]]])));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
