import { dateOrder } from '../checks/dateOrder';
import { datesNotAfterAsOf } from '../checks/datesNotAfterAsOf';
import { minAge } from '../checks/minAge';
import { builtInTemplates } from '../templates/builtInTemplates';
import type { EnumOption, FieldSpec, RowRule, Template } from '../templates/Template';
import type { CustomEnumValue, CustomFieldDefinition, CustomRuleReference, CustomTemplateDefinition } from './customTemplateSchema';
import { baseTemplateOf, fieldTypeOf } from './templateProblems';

/**
 * The Template a definition describes. A new ledger is taken as itself once its signature columns are
 * found (its signature is decisive), so a sheet the user made a template for is not read as a built-in
 * ledger that happens to share a few headers. An extended built-in keeps its id, rules and derived
 * values, so summaries and reconciliation still see it as that ledger.
 * Expects a definition without problems (see `parseCustomTemplate`); throws on an unknown base.
 */
export function buildCustomTemplate(definition: CustomTemplateDefinition, templates: readonly Template[] = builtInTemplates): Template {
  const base = baseTemplateOf(definition, templates);
  if (definition.extends !== undefined && base === undefined) {
    throw new RangeError(`buildCustomTemplate: no built-in template "${definition.extends}"`);
  }
  const fields = base === undefined ? definition.fields.map(newField) : extendFields(base.fields, definition.fields);
  const rowRules = (definition.rules ?? []).map((rule) => ruleOf(rule, fields));
  if (base !== undefined) {
    const extended: Template = {
      ...base,
      name: definition.name === undefined ? base.name : nameOf(definition.name),
      fields,
      signature: definition.signature ?? base.signature,
      rowRules: [...base.rowRules, ...rowRules],
    };
    return extended;
  }
  const id = definition.id ?? 'custom';
  const signature = definition.signature ?? defaultSignature(fields);
  return {
    id,
    name: definition.name === undefined ? { 'zh-CN': id, en: id } : nameOf(definition.name),
    fields,
    signature,
    decisive: signature,
    rowRules,
    tableRules: [],
  };
}

function nameOf(name: NonNullable<CustomTemplateDefinition['name']>): Template['name'] {
  if (typeof name === 'string') return { 'zh-CN': name, en: name };
  return { 'zh-CN': name['zh-CN'], en: name.en ?? name['zh-CN'] };
}

/** The required fields, or else the first two: enough to tell the ledger's header from a title row. */
function defaultSignature(fields: readonly FieldSpec[]): string[] {
  const required = fields.filter((field) => field.required === true).map((field) => field.id);
  return required.length > 0 ? required : fields.slice(0, 2).map((field) => field.id);
}

function optionOf(entry: CustomEnumValue): EnumOption {
  if (typeof entry === 'string') return { value: entry };
  return {
    value: entry.value,
    ...(entry.aliases === undefined ? {} : { aliases: entry.aliases }),
    ...(entry.synonyms === undefined ? {} : { synonyms: entry.synonyms }),
  };
}

/** The checks a field states, given or changed; an extended field keeps what it does not restate. */
function checksOf(field: CustomFieldDefinition): Partial<Pick<FieldSpec, 'required' | 'unique' | 'min' | 'max' | 'pattern'>> {
  return {
    ...(field.required === undefined ? {} : { required: field.required }),
    ...(field.unique === undefined ? {} : { unique: field.unique }),
    ...(field.min === undefined ? {} : { min: field.min }),
    ...(field.max === undefined ? {} : { max: field.max }),
    ...(field.pattern === undefined ? {} : { pattern: field.pattern }),
  };
}

function newField(field: CustomFieldDefinition): FieldSpec {
  if (field.type === undefined) throw new RangeError(`buildCustomTemplate: field "${field.id}" has no type`);
  return {
    id: field.id,
    label: field.label ?? field.id,
    aliases: field.aliases ?? [],
    type: fieldTypeOf(field.type),
    ...checksOf(field),
    ...(field.values === undefined ? {} : { options: field.values.map(optionOf) }),
  };
}

function extendFields(baseFields: readonly FieldSpec[], changes: readonly CustomFieldDefinition[]): FieldSpec[] {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const merged = baseFields.map((field) => {
    const change = byId.get(field.id);
    return change === undefined ? field : extendField(field, change);
  });
  const added = changes.filter((change) => !baseFields.some((field) => field.id === change.id)).map(newField);
  return [...merged, ...added];
}

/**
 * A built-in field with the user's additions: a new label keeps the old one as an alias (sheets still
 * carry it); aliases and values are added; a value already listed gains the new spellings.
 */
function extendField(field: FieldSpec, change: CustomFieldDefinition): FieldSpec {
  const label = change.label ?? field.label;
  const aliases = unique([...field.aliases, ...(label === field.label ? [] : [field.label]), ...(change.aliases ?? [])]).filter((alias) => alias !== label);
  const options = change.values === undefined ? field.options : mergeOptions(field.options ?? [], change.values.map(optionOf));
  return { ...field, label, aliases, ...checksOf(change), ...(options === undefined ? {} : { options }) };
}

function mergeOptions(options: readonly EnumOption[], additions: readonly EnumOption[]): EnumOption[] {
  const merged = options.map((option) => {
    const addition = additions.find((candidate) => candidate.value === option.value);
    if (addition === undefined) return option;
    const aliases = unique([...(option.aliases ?? []), ...(addition.aliases ?? [])]);
    const synonyms = unique([...(option.synonyms ?? []), ...(addition.synonyms ?? [])]);
    return { value: option.value, ...(aliases.length === 0 ? {} : { aliases }), ...(synonyms.length === 0 ? {} : { synonyms }) };
  });
  return [...merged, ...additions.filter((addition) => !options.some((option) => option.value === addition.value))];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

function ruleOf(rule: CustomRuleReference, fields: readonly FieldSpec[]): RowRule {
  switch (rule.rule) {
    case 'dateOrder': {
      const label = fields.find((field) => field.id === rule.before)?.label ?? rule.before;
      return dateOrder({ id: rule.before, label }, rule.after);
    }
    case 'minAge':
      return minAge(rule.birth, rule.at, rule.years);
    case 'notFuture':
      return datesNotAfterAsOf(rule.fields);
  }
}
