import type { FieldType } from '../templates/Template';
import type { CustomFieldType } from './customTemplateSchema';

/** The JSON value kinds a template's entries can have, for "should be a …" messages. */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'list' | 'object';

/**
 * What is wrong with a custom template, as data: a code and the values needed to explain it. Shape
 * problems come from zod's issues, mapped at the boundary; reference problems from `templateProblems`.
 */
export interface TemplateProblemParams {
  'json.syntax': { readonly line: number; readonly column: number };
  'value.missing': { readonly options?: readonly string[] };
  'value.kind': { readonly expected: readonly ValueKind[] };
  'value.oneOf': { readonly options: readonly string[] };
  'value.empty': Record<string, never>;
  'value.tooFew': { readonly minimum: number };
  'value.tooSmall': { readonly minimum: number };
  'value.tooBig': { readonly maximum: number };
  'value.unknownKey': { readonly allowed: readonly string[] };
  'value.fieldId': Record<string, never>;
  'value.templateId': Record<string, never>;
  'field.duplicateId': { readonly id: string; readonly first: string };
  'field.unknown': { readonly id: string };
  'field.wrongType': { readonly id: string; readonly type: string; readonly expected: readonly string[] };
  'field.needsLabel': Record<string, never>;
  'field.needsType': { readonly options: readonly string[] };
  'field.needsValues': Record<string, never>;
  'field.notApplicable': { readonly key: string; readonly types: readonly string[] };
  'field.minAboveMax': Record<string, never>;
  'field.badPattern': Record<string, never>;
  'field.typeChange': { readonly base: string; readonly type: string };
  'field.duplicateValue': { readonly value: string };
  'rule.sameField': Record<string, never>;
  'template.idMissing': Record<string, never>;
  'template.idTaken': { readonly id: string };
  'template.idWithExtends': { readonly base: string };
  'template.noFields': Record<string, never>;
}

export type TemplateProblemCode = keyof TemplateProblemParams;

export type TemplateProblem = {
  [C in TemplateProblemCode]: {
    readonly code: C;
    readonly params: TemplateProblemParams[C];
    /** Where in the JSON: `['fields', 2, 'type']`; empty for the template as a whole. */
    readonly path: readonly (string | number)[];
  };
}[TemplateProblemCode];

/** A problem as the user reads it: `fields[2].type` and one sentence in their language. */
export interface TemplateError {
  readonly path: string;
  readonly message: string;
}

/** The type names users write, by the core's field type. */
export const customTypeName: Readonly<Record<FieldType, CustomFieldType>> = {
  text: 'text',
  integer: 'integer',
  number: 'number',
  date: 'date',
  enum: 'enum',
  idNumber: 'id-number',
  phone: 'phone',
};
