import { readFile } from 'node:fs/promises';
import { formatTemplateErrors, parseCustomTemplateText, type Template } from '@taizhang/core';
import { fileSystemError, usageError } from '../CliError';

/**
 * A custom template from its .json file. A bad template is one zh-CN line naming the entries that are
 * wrong (`fields[2].type: 必须是 …`), so the command stops before checking anything with it.
 */
export async function loadTemplateFile(path: string): Promise<Template> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw fileSystemError(error, path);
  });
  const result = parseCustomTemplateText(text);
  if (!result.ok) throw usageError(`模板 ${path} 有误：${formatTemplateErrors(result.errors, 'zh-CN')}`);
  return result.template;
}
