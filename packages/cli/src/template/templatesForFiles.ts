import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { builtInTemplates, templatesWith, type Template } from '@taizhang/core';
import { loadTemplateFile } from './loadTemplateFile';

/** A folder carrying this file checks its files (and those of its subfolders) with the template in it. */
export const folderTemplateName = 'taizhang.template.json';

export interface FileTemplates {
  /** The templates to check a file with. */
  readonly templatesFor: (file: string) => readonly Template[];
  /** The folder templates in use, to tell the user (they did not name them). */
  readonly sources: readonly string[];
}

/**
 * Which templates each file is checked with: `--template` for all of them when given; otherwise the
 * nearest `taizhang.template.json` from the file's folder up to the folder named on the command line
 * (only the file's own folder for a file named directly); otherwise the built-in templates.
 */
export async function templatesForFiles(paths: readonly string[], files: readonly string[], explicit?: string): Promise<FileTemplates> {
  if (explicit !== undefined) {
    const templates = templatesWith(await loadTemplateFile(explicit));
    return { templatesFor: () => templates, sources: [] };
  }
  const roots = (await Promise.all(paths.map(async (path) => ((await isDirectory(path)) ? resolve(path) : undefined)))).filter(
    (root): root is string => root !== undefined,
  );
  const loaded = new Map<string, readonly Template[]>();
  const byFile = new Map<string, readonly Template[]>();
  for (const file of files) {
    const source = await folderTemplateOf(resolve(file), roots);
    if (source === undefined) continue;
    let templates = loaded.get(source);
    if (templates === undefined) {
      templates = templatesWith(await loadTemplateFile(source));
      loaded.set(source, templates);
    }
    byFile.set(file, templates);
  }
  return { templatesFor: (file) => byFile.get(file) ?? builtInTemplates, sources: [...loaded.keys()].map((source) => relative(process.cwd(), source) || source) };
}

async function folderTemplateOf(file: string, roots: readonly string[]): Promise<string | undefined> {
  const top = roots.filter((root) => isInside(file, root)).sort((a, b) => a.length - b.length)[0] ?? dirname(file);
  let folder = dirname(file);
  for (;;) {
    const candidate = resolve(folder, folderTemplateName);
    if (await isFile(candidate)) return candidate;
    if (folder === top || !isInside(folder, top)) return undefined;
    folder = dirname(folder);
  }
}

function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith('..') && !isAbsolute(rest);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}
