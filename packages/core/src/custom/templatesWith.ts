import { builtInTemplates } from '../templates/builtInTemplates';
import type { Template } from '../templates/Template';

/**
 * The templates to check with when the user brings their own: theirs first (it wins a tie), in place of
 * the built-in one it extends.
 */
export function templatesWith(custom: Template, templates: readonly Template[] = builtInTemplates): Template[] {
  return [custom, ...templates.filter((template) => template.id !== custom.id)];
}
