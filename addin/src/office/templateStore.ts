import { serializeCustomTemplate, type CustomTemplateDefinition } from '@taizhang/core';
import { templateKey } from '../host/templateKey';
import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { textOfXml, xmlOfText } from './xmlText';

/**
 * Custom templates live in the workbook as custom XML parts (ExcelApi 1.5), one part per template, its
 * JSON as the text of one element. Chosen over document settings because a part:
 * - belongs to the file, not to one add-in id: a colleague whose Taizhang is deployed under another
 *   manifest id (a county's own deployment, a test copy) still finds the template;
 * - is a plain `customXml/itemN.xml` in the .xlsx, which other tools (the CLI, ExcelJS users) can read;
 * - is written through `Excel.run` like everything else, in the same batches, with no separate
 *   `saveAsync` that could fail after the cells were changed, and without settings' 2 MB cap, which the
 *   undo records kept the same way (fixUndoRecord.ts) could reach on a large sheet.
 */
export const templateNamespace = 'urn:taizhang:template:1';
const root = 'template';

function keyOfText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const extendsId = 'extends' in value && typeof value.extends === 'string' ? value.extends : undefined;
    const id = 'id' in value && typeof value.id === 'string' ? value.id : undefined;
    return templateKey({ ...(extendsId === undefined ? {} : { extends: extendsId }), ...(id === undefined ? {} : { id }) });
  } catch {
    return undefined;
  }
}

async function readParts(context: Excel.RequestContext): Promise<{ part: Excel.CustomXmlPart; text: string | undefined }[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(templateNamespace).load('items/id');
  await context.sync();
  const xmls = parts.items.map((part) => ({ part, xml: part.getXml() }));
  if (xmls.length > 0) await context.sync();
  return xmls.map(({ part, xml }) => ({ part, text: textOfXml(xml.value, root) }));
}

/** The JSON text of every template saved in the workbook, in the order they were first saved; two syncs. */
export async function readTemplates(run: ExcelRun): Promise<string[]> {
  try {
    return await run(async (context) => (await readParts(context)).flatMap(({ text }) => (text === undefined ? [] : [text])));
  } catch (error) {
    throw workbookError('templateReadFailed', error);
  }
}

/** Saves the template into the workbook, in place of a saved one with the same key (see `templateKey`). */
export async function saveTemplate(run: ExcelRun, definition: CustomTemplateDefinition): Promise<void> {
  const xml = xmlOfText(root, templateNamespace, serializeCustomTemplate(definition));
  const key = templateKey(definition);
  try {
    await run(async (context) => {
      const same = (await readParts(context)).filter(({ text }) => keyOfText(text) === key);
      const [first, ...others] = same;
      if (first === undefined) context.workbook.customXmlParts.add(xml);
      else first.part.setXml(xml);
      for (const { part } of others) part.delete();
      await context.sync();
    });
  } catch (error) {
    throw workbookError('templateSaveFailed', error);
  }
}

/** Deletes the saved template with this key, if there is one. */
export async function deleteTemplate(run: ExcelRun, key: string): Promise<void> {
  try {
    await run(async (context) => {
      const same = (await readParts(context)).filter(({ text }) => keyOfText(text) === key);
      for (const { part } of same) part.delete();
      if (same.length > 0) await context.sync();
    });
  } catch (error) {
    throw workbookError('templateSaveFailed', error);
  }
}
