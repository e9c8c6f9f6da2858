import { z } from '../schema/z';

/** The column types a template JSON may name; `id-number` is the core's `idNumber`. */
export const customFieldTypes = ['text', 'integer', 'number', 'date', 'enum', 'id-number', 'phone'] as const;

export type CustomFieldType = (typeof customFieldTypes)[number];

const text = z.string().trim().min(1);
const fieldId = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/);

/** An allowed value, or a value with the spellings offered as a fix to it (`aliases`) or accepted as it (`synonyms`). */
export const customEnumValueSchema = z.union([
  text,
  z.strictObject({
    value: text,
    aliases: z.array(text).optional(),
    synonyms: z.array(text).optional(),
  }),
]);

/**
 * One column. In a template that `extends` a built-in one, an entry whose id is a built-in field adds
 * to it (aliases, values) or changes its checks; label and type are then optional.
 */
export const customFieldSchema = z.strictObject({
  id: fieldId,
  label: text.optional(),
  aliases: z.array(text).optional(),
  type: z.enum(customFieldTypes).optional(),
  required: z.boolean().optional(),
  values: z.array(customEnumValueSchema).min(1).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  pattern: z.string().min(1).optional(),
  unique: z.boolean().optional(),
});

/** References to the built-in rules a template may switch on for its own fields. */
export const customRuleSchema = z.discriminatedUnion('rule', [
  /** `after` must not be earlier than `before` (both date fields). */
  z.strictObject({ rule: z.literal('dateOrder'), before: fieldId, after: fieldId }),
  /** At least `years` 周岁 on the date in `at`; `birth` is a date or an id-number field. */
  z.strictObject({ rule: z.literal('minAge'), birth: fieldId, at: fieldId, years: z.int().min(1).max(150) }),
  /** These date fields must not lie after the as-of date. */
  z.strictObject({ rule: z.literal('notFuture'), fields: z.array(fieldId).min(1) }),
]);

/**
 * A template as users write it (a .json file, or the JSON the task pane saves in the workbook). Either a
 * new ledger (`id`, `name`, `fields`) or a built-in one extended (`extends`, and the fields to add or
 * change). Only the shape is checked here; `templateProblems` checks what the fields refer to.
 */
export const customTemplateSchema = z.strictObject({
  /** Lets editors point at a JSON schema; ignored. */
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
  name: z.union([text, z.strictObject({ 'zh-CN': text, en: text.optional() })]).optional(),
  extends: z.string().optional(),
  fields: z.array(customFieldSchema),
  /** Field ids a header must contain for a sheet to be taken as this ledger. */
  signature: z.array(fieldId).min(1).optional(),
  rules: z.array(customRuleSchema).optional(),
});

export type CustomTemplateDefinition = z.infer<typeof customTemplateSchema>;
export type CustomFieldDefinition = z.infer<typeof customFieldSchema>;
export type CustomEnumValue = z.infer<typeof customEnumValueSchema>;
export type CustomRuleReference = z.infer<typeof customRuleSchema>;
