import type { CustomTemplateDefinition } from '@taizhang/core';

/**
 * What makes two saved templates the same one, so saving replaces rather than adds: a new ledger's id,
 * or the built-in ledger it extends (a workbook keeps one version of its roster).
 */
export function templateKey(definition: Pick<CustomTemplateDefinition, 'id' | 'extends'>): string {
  return definition.extends === undefined ? `id:${definition.id ?? 'custom'}` : `extends:${definition.extends}`;
}
