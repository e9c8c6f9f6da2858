import { builtInTemplates, checkGrid, formatTemplateErrors, parseCustomTemplate, templatesWith, type CheckResult, type Template } from '@taizhang/core';
import type { CheckRequest } from './CheckRunner';

/** The built-in templates with the request's own ones in place; throws naming the problems of a bad one. */
function templatesOf(request: CheckRequest): readonly Template[] {
  let templates: readonly Template[] = builtInTemplates;
  for (const definition of request.customTemplates ?? []) {
    const parsed = parseCustomTemplate(definition);
    if (!parsed.ok) throw new Error(formatTemplateErrors(parsed.errors, 'zh-CN'));
    templates = templatesWith(parsed.template, templates);
  }
  return templates;
}

/** The core's check for one request: what the worker runs, and the in-process runner too. */
export function checkRequest(request: CheckRequest): CheckResult {
  const templates = templatesOf(request);
  return checkGrid(request.grid, request.templateId === undefined ? { asOf: request.asOf, templates } : { asOf: request.asOf, templateId: request.templateId, templates });
}
