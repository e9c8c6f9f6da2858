import { parse as parseJson, type ParseError } from 'jsonc-parser';
import type { Locale } from '../messages/MessageCatalog';
import { builtInTemplates } from '../templates/builtInTemplates';
import type { Template } from '../templates/Template';
import { buildCustomTemplate } from './buildCustomTemplate';
import { customTemplateSchema, type CustomTemplateDefinition } from './customTemplateSchema';
import { problemsOfZodIssues } from './problemsOfZodIssues';
import { formatTemplateProblem } from './templateProblemMessages';
import type { TemplateError, TemplateProblem } from './TemplateProblem';
import { templateProblems } from './templateProblems';

export interface ParseTemplateOptions {
  /** Language of the error messages; zh-CN by default. */
  readonly locale?: Locale;
  /** The templates `extends` may name and a new id must not take; the built-in ones by default. */
  readonly templates?: readonly Template[];
}

export type CustomTemplateResult =
  | { readonly ok: true; readonly template: Template; readonly definition: CustomTemplateDefinition }
  | { readonly ok: false; readonly errors: readonly TemplateError[]; readonly problems: readonly TemplateProblem[] };

/**
 * A custom template from its JSON value (already parsed): the Template to check sheets with, or every
 * problem found, each naming the entry (`fields[2].type`) with a message in the chosen language.
 * Shape problems are reported first; references are checked only once the shape is right.
 */
export function parseCustomTemplate(json: unknown, options: ParseTemplateOptions = {}): CustomTemplateResult {
  const locale = options.locale ?? 'zh-CN';
  const templates = options.templates ?? builtInTemplates;
  const parsed = customTemplateSchema.safeParse(json);
  const problems = parsed.success ? templateProblems(parsed.data, templates) : problemsOfZodIssues(parsed.error.issues, json);
  if (!parsed.success || problems.length > 0) {
    return { ok: false, problems, errors: problems.map((problem) => formatTemplateProblem(problem, locale)) };
  }
  return { ok: true, template: buildCustomTemplate(parsed.data, templates), definition: parsed.data };
}

/** The same from JSON text (a .json file, or what the workbook stored), reporting a syntax error by line. */
export function parseCustomTemplateText(text: string, options: ParseTemplateOptions = {}): CustomTemplateResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const syntaxErrors: ParseError[] = [];
  // jsonc-parser rather than JSON.parse: V8's messages do not always say where the error is.
  const json: unknown = parseJson(source, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = syntaxErrors;
  if (first !== undefined) {
    const before = source.slice(0, first.offset).split('\n');
    const problem: TemplateProblem = { code: 'json.syntax', params: { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }, path: [] };
    return { ok: false, problems: [problem], errors: [formatTemplateProblem(problem, options.locale ?? 'zh-CN')] };
  }
  return parseCustomTemplate(json, options);
}
