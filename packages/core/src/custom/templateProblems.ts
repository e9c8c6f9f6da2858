import { builtInTemplates } from '../templates/builtInTemplates';
import { isRegExp } from '../text/isRegExp';
import type { FieldType, Template } from '../templates/Template';
import { customFieldTypes, type CustomFieldDefinition, type CustomFieldType, type CustomTemplateDefinition } from './customTemplateSchema';
import { customTypeName, type TemplateProblem } from './TemplateProblem';

const coreType: Readonly<Record<CustomFieldType, FieldType>> = {
  text: 'text',
  integer: 'integer',
  number: 'number',
  date: 'date',
  enum: 'enum',
  'id-number': 'idNumber',
  phone: 'phone',
};

export function fieldTypeOf(type: CustomFieldType): FieldType {
  return coreType[type];
}

export function baseTemplateOf(definition: CustomTemplateDefinition, templates: readonly Template[] = builtInTemplates): Template | undefined {
  return definition.extends === undefined ? undefined : templates.find((template) => template.id === definition.extends);
}

const NUMERIC: readonly FieldType[] = ['integer', 'number'];
// A pattern is matched against text, so numbers and dates never match it (fieldConstraints.ts).
const PATTERNED: readonly FieldType[] = ['text', 'phone', 'enum', 'idNumber'];

/**
 * What the template's entries refer to that does not hold: unknown or repeated field ids, a rule
 * pointing at a field of the wrong type, options that do not apply to the field's type, a built-in
 * field whose type would change. Run on a definition whose shape zod has accepted.
 */
export function templateProblems(definition: CustomTemplateDefinition, templates: readonly Template[] = builtInTemplates): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const base = baseTemplateOf(definition, templates);
  if (definition.extends !== undefined) {
    if (base === undefined) problems.push({ code: 'value.oneOf', params: { options: templates.map((template) => template.id) }, path: ['extends'] });
    if (definition.id !== undefined) problems.push({ code: 'template.idWithExtends', params: { base: definition.extends }, path: ['id'] });
  } else {
    if (definition.id === undefined) problems.push({ code: 'template.idMissing', params: {}, path: ['id'] });
    else if (templates.some((template) => template.id === definition.id)) problems.push({ code: 'template.idTaken', params: { id: definition.id }, path: ['id'] });
    if (definition.fields.length === 0) problems.push({ code: 'template.noFields', params: {}, path: ['fields'] });
  }

  const types = new Map<string, FieldType>(base?.fields.map((field) => [field.id, field.type]));
  const firstIndex = new Map<string, number>();
  definition.fields.forEach((field, index) => {
    const seen = firstIndex.get(field.id);
    if (seen !== undefined) {
      problems.push({ code: 'field.duplicateId', params: { id: field.id, first: `fields[${seen}]` }, path: ['fields', index, 'id'] });
      return;
    }
    firstIndex.set(field.id, index);
    const baseField = base?.fields.find((candidate) => candidate.id === field.id);
    const type = baseField?.type ?? (field.type === undefined ? undefined : fieldTypeOf(field.type));
    problems.push(...fieldProblems(field, index, type, baseField?.type, baseField?.options !== undefined));
    if (type !== undefined) types.set(field.id, type);
  });

  definition.signature?.forEach((id, index) => {
    if (!types.has(id)) problems.push({ code: 'field.unknown', params: { id }, path: ['signature', index] });
  });
  definition.rules?.forEach((rule, index) => {
    const path = ['rules', index];
    switch (rule.rule) {
      case 'dateOrder':
        problems.push(...reference(types, rule.before, ['date'], [...path, 'before']), ...reference(types, rule.after, ['date'], [...path, 'after']));
        if (rule.before === rule.after) problems.push({ code: 'rule.sameField', params: {}, path: [...path, 'after'] });
        break;
      case 'minAge':
        problems.push(...reference(types, rule.birth, ['date', 'idNumber'], [...path, 'birth']), ...reference(types, rule.at, ['date'], [...path, 'at']));
        break;
      case 'notFuture':
        rule.fields.forEach((id, fieldIndex) => problems.push(...reference(types, id, ['date'], [...path, 'fields', fieldIndex])));
        break;
    }
  });
  return problems;
}

function fieldProblems(
  field: CustomFieldDefinition,
  index: number,
  type: FieldType | undefined,
  baseType: FieldType | undefined,
  baseHasValues: boolean,
): TemplateProblem[] {
  const at = (key: string) => ['fields', index, key];
  const problems: TemplateProblem[] = [];
  if (baseType !== undefined && field.type !== undefined && fieldTypeOf(field.type) !== baseType) {
    problems.push({ code: 'field.typeChange', params: { base: customTypeName[baseType], type: field.type }, path: at('type') });
  }
  if (baseType === undefined && field.label === undefined) problems.push({ code: 'field.needsLabel', params: {}, path: at('label') });
  if (type === undefined) {
    problems.push({ code: 'field.needsType', params: { options: customFieldTypes }, path: at('type') });
    return problems;
  }
  if (type === 'enum' && field.values === undefined && !baseHasValues) problems.push({ code: 'field.needsValues', params: {}, path: at('values') });
  if (field.values !== undefined && type !== 'enum') problems.push({ code: 'field.notApplicable', params: { key: 'values', types: ['enum'] }, path: at('values') });
  for (const key of ['min', 'max'] as const) {
    if (field[key] !== undefined && !NUMERIC.includes(type)) {
      problems.push({ code: 'field.notApplicable', params: { key, types: NUMERIC.map((name) => customTypeName[name]) }, path: at(key) });
    }
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) problems.push({ code: 'field.minAboveMax', params: {}, path: at('min') });
  if (field.pattern !== undefined) {
    if (!PATTERNED.includes(type)) {
      problems.push({ code: 'field.notApplicable', params: { key: 'pattern', types: PATTERNED.map((name) => customTypeName[name]) }, path: at('pattern') });
    } else if (!isRegExp(field.pattern)) {
      problems.push({ code: 'field.badPattern', params: {}, path: at('pattern') });
    }
  }
  const values = new Set<string>();
  field.values?.forEach((entry, valueIndex) => {
    const value = typeof entry === 'string' ? entry : entry.value;
    if (values.has(value)) problems.push({ code: 'field.duplicateValue', params: { value }, path: ['fields', index, 'values', valueIndex] });
    values.add(value);
  });
  return problems;
}

function reference(types: ReadonlyMap<string, FieldType>, id: string, expected: readonly FieldType[], path: (string | number)[]): TemplateProblem[] {
  const type = types.get(id);
  if (type === undefined) return [{ code: 'field.unknown', params: { id }, path }];
  if (expected.includes(type)) return [];
  return [{ code: 'field.wrongType', params: { id, type: customTypeName[type], expected: expected.map((name) => customTypeName[name]) }, path }];
}
