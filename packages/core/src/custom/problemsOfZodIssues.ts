import type { z } from 'zod';
import { customEnumValueSchema, customFieldSchema, customRuleSchema, customTemplateSchema } from './customTemplateSchema';
import type { TemplateProblem, ValueKind } from './TemplateProblem';

type Path = readonly (string | number)[];

const kindOfExpected: Readonly<Record<string, ValueKind>> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
};

/** The value at a path in the JSON as written, to tell a missing entry from a wrong one. */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

function keysOf(schema: { readonly shape: object }): string[] {
  return Object.keys(schema.shape).filter((key) => key !== '$schema');
}

const valueObjectSchema = customEnumValueSchema.options[1];

/** The keys an object at this path may have, to suggest the right spelling of an unknown one. */
function allowedKeys(path: Path, input: unknown): string[] {
  const [first, , third] = path;
  if (path.length === 0) return keysOf(customTemplateSchema);
  if (first === 'name') return ['zh-CN', 'en'];
  if (first === 'fields' && path.length === 2) return keysOf(customFieldSchema);
  if (first === 'fields' && third === 'values') return keysOf(valueObjectSchema);
  if (first === 'rules') {
    const rule = valueAt(input, [...path, 'rule']);
    const option = customRuleSchema.options.find((candidate) => candidate.shape.rule.value === rule);
    return option === undefined ? ['rule'] : keysOf(option);
  }
  return [];
}

function pathOf(issue: z.core.$ZodIssue, prefix: Path): (string | number)[] {
  return [...prefix, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')];
}

/**
 * zod's issues as template problems, so that no zod wording reaches a user. A union reports the branch
 * the value was evidently meant for (an object for an object branch), or else the kinds it may be.
 */
export function problemsOfZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: Path = []): TemplateProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, input, prefix));
}

function problemsOf(issue: z.core.$ZodIssue, input: unknown, prefix: Path): TemplateProblem[] {
  const path = pathOf(issue, prefix);
  const missing = valueAt(input, path) === undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (missing) return [{ code: 'value.missing', params: {}, path }];
      return [{ code: 'value.kind', params: { expected: [kindOfExpected[issue.expected] ?? 'text'] }, path }];
    case 'invalid_value': {
      const options = issue.values.map(String);
      return [missing ? { code: 'value.missing', params: { options }, path } : { code: 'value.oneOf', params: { options }, path }];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ code: 'value.empty', params: {}, path }];
      if (issue.origin === 'array') return [{ code: 'value.tooFew', params: { minimum: Number(issue.minimum) }, path }];
      return [{ code: 'value.tooSmall', params: { minimum: Number(issue.minimum) }, path }];
    case 'too_big':
      return [{ code: 'value.tooBig', params: { maximum: Number(issue.maximum) }, path }];
    case 'invalid_format':
      return [{ code: path[path.length - 1] === 'id' && path.length === 1 ? 'value.templateId' : 'value.fieldId', params: {}, path }];
    case 'unrecognized_keys':
      return issue.keys.map((key): TemplateProblem => ({ code: 'value.unknownKey', params: { allowed: allowedKeys(path, input) }, path: [...path, key] }));
    case 'invalid_union':
      return unionProblems(issue, path, input, missing);
    default:
      return [{ code: 'value.kind', params: { expected: [] }, path }];
  }
}

function unionProblems(issue: z.core.$ZodIssueInvalidUnion, path: Path, input: unknown, missing: boolean): TemplateProblem[] {
  if (issue.discriminator !== undefined && issue.errors.length === 0) {
    const options = 'options' in issue ? (issue.options ?? []).map(String) : [];
    return [missing ? { code: 'value.missing', params: { options }, path } : { code: 'value.oneOf', params: { options }, path }];
  }
  const wrongKind = (branch: readonly z.core.$ZodIssue[]) => branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const meant = issue.errors.filter((branch) => !wrongKind(branch));
  const [only] = meant;
  if (meant.length === 1 && only !== undefined) return problemsOfZodIssues(only, input, path);
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' && inner.path.length === 0 ? [kindOfExpected[inner.expected] ?? 'text'] : [])),
  );
  return [{ code: 'value.kind', params: { expected }, path }];
}
