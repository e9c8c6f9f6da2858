import { z } from '../schema/z';
import { isRegExp } from '../text/isRegExp';

const enumOptionSchema = z.object({
  value: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  synonyms: z.array(z.string().min(1)).optional(),
});

/** The data part of a field: what a user-written template JSON may state about a column. */
export const fieldSpecSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'field ids are ASCII identifiers'),
    label: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    type: z.enum(['text', 'integer', 'number', 'date', 'enum', 'idNumber', 'phone']),
    required: z.boolean().optional(),
    options: z.array(enumOptionSchema).min(1).optional(),
    pattern: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unique: z.boolean().optional(),
    onlyWhenValuesMatch: z.boolean().optional(),
  })
  .refine((field) => field.type !== 'enum' || field.options !== undefined, {
    message: 'an enum field needs options',
    path: ['options'],
  })
  .refine((field) => field.min === undefined || field.max === undefined || field.min <= field.max, {
    message: 'min must not exceed max',
    path: ['min'],
  })
  .refine((field) => field.pattern === undefined || isRegExp(field.pattern), {
    message: 'pattern is not a valid regular expression',
    path: ['pattern'],
  });

export const templateDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
    fields: z.array(fieldSpecSchema).min(1),
    signature: z.array(z.string()).min(1),
  })
  .superRefine((template, ctx) => {
    const ids = new Set<string>();
    template.fields.forEach((field, index) => {
      if (ids.has(field.id)) ctx.addIssue({ code: 'custom', message: `duplicate field id "${field.id}"`, path: ['fields', index, 'id'] });
      ids.add(field.id);
    });
    template.signature.forEach((id, index) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `signature names unknown field "${id}"`, path: ['signature', index] });
    });
  });

export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;
