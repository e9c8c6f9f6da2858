import type { Locale } from '../messages/MessageCatalog';
import type { TemplateError, TemplateProblem, TemplateProblemCode, TemplateProblemParams, ValueKind } from './TemplateProblem';

type ProblemCatalog = { readonly [C in TemplateProblemCode]: (params: TemplateProblemParams[C]) => string };

const kindsZh: Readonly<Record<ValueKind, string>> = {
  text: '文字（用双引号括起）',
  number: '数字',
  integer: '整数',
  boolean: '真假值 true 或 false',
  list: '列表 [ … ]',
  object: '对象 { … }',
};

const kindsEn: Readonly<Record<ValueKind, string>> = {
  text: 'text (in double quotes)',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  list: 'a list [ … ]',
  object: 'an object { … }',
};

const zhList = (items: readonly string[]) => items.join('、');
const enList = (items: readonly string[]) => items.join(', ');

const zhCN: ProblemCatalog = {
  'json.syntax': (p) => `不是有效的 JSON（第 ${p.line} 行第 ${p.column} 列附近）：请检查逗号、引号和括号是否成对`,
  'value.missing': (p) => (p.options === undefined ? '缺少此项' : `缺少此项，应为 ${zhList(p.options)} 之一`),
  'value.kind': (p) => (p.expected.length === 0 ? '取值不正确' : `应为${p.expected.map((kind) => kindsZh[kind]).join('或')}`),
  'value.oneOf': (p) => `必须是 ${zhList(p.options)} 之一`,
  'value.empty': () => '不能为空',
  'value.tooFew': (p) => `至少要有 ${p.minimum} 项`,
  'value.tooSmall': (p) => `不能小于 ${p.minimum}`,
  'value.tooBig': (p) => `不能大于 ${p.maximum}`,
  'value.unknownKey': (p) => (p.allowed.length === 0 ? '不认识的属性：请检查拼写' : `不认识的属性：请检查拼写，可用的属性有 ${zhList(p.allowed)}`),
  'value.fieldId': () => '字段 id 只能用英文字母、数字和下划线，并以字母开头（如 serviceDate）',
  'value.templateId': () => '模板 id 只能用小写英文字母、数字和连字符，并以字母开头（如 volunteer-service）',
  'field.duplicateId': (p) => `字段 id "${p.id}" 重复（${p.first} 已使用）`,
  'field.unknown': (p) => `没有 id 为 "${p.id}" 的字段`,
  'field.wrongType': (p) => `字段 "${p.id}" 的类型是 ${p.type}，这里需要 ${zhList(p.expected)} 类型的字段`,
  'field.needsLabel': () => '新字段需要 label（表头文字，如"服务时长"）',
  'field.needsType': (p) => `需要填写 type，应为 ${zhList(p.options)} 之一`,
  'field.needsValues': () => 'enum 类型的字段需要 values（可选值列表）',
  'field.notApplicable': (p) => `${p.key} 只适用于 ${zhList(p.types)} 类型的字段`,
  'field.minAboveMax': () => 'min 不能大于 max',
  'field.badPattern': () => '不是有效的正则表达式',
  'field.typeChange': (p) => `不能改变内置字段的类型（内置为 ${p.base}，这里写了 ${p.type}）`,
  'field.duplicateValue': (p) => `可选值 "${p.value}" 重复`,
  'rule.sameField': () => 'before 和 after 不能是同一个字段',
  'template.idMissing': () => '新模板需要 id（如 volunteer-service）；若要在内置模板上增加列或别名，请写 "extends": "roster"',
  'template.idTaken': (p) => `"${p.id}" 是内置模板的 id：若要在内置模板上增加列或别名，请删除 id 并写 "extends": "${p.id}"`,
  'template.idWithExtends': (p) => `扩展内置模板时沿用其 id（${p.base}）：请删除 id`,
  'template.noFields': () => '至少要有一个字段',
};

const en: ProblemCatalog = {
  'json.syntax': (p) => `is not valid JSON (near line ${p.line}, column ${p.column}): check commas, quotes and brackets`,
  'value.missing': (p) => (p.options === undefined ? 'is missing' : `is missing; use one of ${enList(p.options)}`),
  'value.kind': (p) => (p.expected.length === 0 ? 'has a wrong value' : `should be ${p.expected.map((kind) => kindsEn[kind]).join(' or ')}`),
  'value.oneOf': (p) => `must be one of ${enList(p.options)}`,
  'value.empty': () => 'must not be empty',
  'value.tooFew': (p) => `needs at least ${p.minimum} items`,
  'value.tooSmall': (p) => `must not be less than ${p.minimum}`,
  'value.tooBig': (p) => `must not be more than ${p.maximum}`,
  'value.unknownKey': (p) => (p.allowed.length === 0 ? 'is not a known key: check the spelling' : `is not a known key: check the spelling; known keys are ${enList(p.allowed)}`),
  'value.fieldId': () => 'field ids use English letters, digits and underscores, starting with a letter (like serviceDate)',
  'value.templateId': () => 'template ids use lowercase letters, digits and hyphens, starting with a letter (like volunteer-service)',
  'field.duplicateId': (p) => `field id "${p.id}" is used twice (already by ${p.first})`,
  'field.unknown': (p) => `there is no field with id "${p.id}"`,
  'field.wrongType': (p) => `field "${p.id}" is of type ${p.type}; this needs a field of type ${enList(p.expected)}`,
  'field.needsLabel': () => 'a new field needs a label (the header text)',
  'field.needsType': (p) => `a type is needed: one of ${enList(p.options)}`,
  'field.needsValues': () => 'an enum field needs values (the list of allowed values)',
  'field.notApplicable': (p) => `${p.key} applies only to fields of type ${enList(p.types)}`,
  'field.minAboveMax': () => 'min must not be more than max',
  'field.badPattern': () => 'is not a valid regular expression',
  'field.typeChange': (p) => `cannot change the type of a built-in field (built-in: ${p.base}, here: ${p.type})`,
  'field.duplicateValue': (p) => `value "${p.value}" is listed twice`,
  'rule.sameField': () => 'before and after must be different fields',
  'template.idMissing': () => 'a new template needs an id (like volunteer-service); to add columns or aliases to a built-in template write "extends": "roster" instead',
  'template.idTaken': (p) => `"${p.id}" is a built-in template's id: to add columns or aliases to it, remove id and write "extends": "${p.id}"`,
  'template.idWithExtends': (p) => `an extended template keeps the built-in id (${p.base}): remove id`,
  'template.noFields': () => 'needs at least one field',
};

const catalogs: Readonly<Record<Locale, ProblemCatalog>> = { 'zh-CN': zhCN, en };

/** `['fields', 2, 'type']` → `fields[2].type`, the way the entry is found in the JSON. */
export function formatTemplatePath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`), '');
}

function render<C extends TemplateProblemCode>(code: C, params: TemplateProblemParams[C], locale: Locale): string {
  const message: (params: TemplateProblemParams[C]) => string = catalogs[locale][code];
  return message(params);
}

export function formatTemplateProblem(problem: TemplateProblem, locale: Locale): TemplateError {
  return { path: formatTemplatePath(problem.path), message: render(problem.code, problem.params, locale) };
}

/** One line for a list of errors: `fields[2].type: 必须是 …；signature[0]: …`, the first few only. */
export function formatTemplateErrors(errors: readonly TemplateError[], locale: Locale, shown = 3): string {
  const separator = locale === 'zh-CN' ? '；' : '; ';
  const lines = errors.slice(0, shown).map((error) => (error.path === '' ? error.message : `${error.path}: ${error.message}`));
  const more = errors.length - shown;
  if (more > 0) lines.push(locale === 'zh-CN' ? `另有 ${more} 处` : `and ${more} more`);
  return lines.join(separator);
}
