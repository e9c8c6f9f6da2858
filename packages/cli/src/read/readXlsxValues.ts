import { locateWorkbookParts } from './locateWorkbookParts';
import { openZip } from './openZip';
import { readDateStyles } from './readDateStyles';
import { readSharedStrings } from './readSharedStrings';
import { readWorksheetValues } from './readWorksheetValues';
import type { SheetValues, WorkbookValues } from './WorkbookValues';

/**
 * The worksheets' values of an .xlsx file, read part by part from the zip's directory: the workbook,
 * its styles and shared strings first, then each worksheet streamed through the XML parser, so only
 * the shared strings and the values are ever held. Nothing is written anywhere. Undefined when the zip
 * holds no workbook; a damaged zip, part or XML rejects.
 */
export async function readXlsxValues(path: string, onProgress?: (bytesRead: number) => void): Promise<WorkbookValues | undefined> {
  const zip = await openZip(path, onProgress ? { onProgress } : {});
  try {
    const parts = await locateWorkbookParts(zip);
    if (parts === undefined) return undefined;
    const dateStyles = parts.styles === undefined ? new Set<string>() : await readDateStyles(await zip.readText(parts.styles));
    const sharedStrings = parts.sharedStrings === undefined ? [] : await readSharedStrings(zip.textChunks(parts.sharedStrings));
    const context = { sharedStrings, dateStyles, date1904: parts.date1904 };
    const sheets: SheetValues[] = [];
    for (const { name, part } of parts.worksheets) {
      sheets.push({ name, values: await readWorksheetValues(zip.textChunks(part), context) });
    }
    onProgress?.(zip.size);
    return { sheets, date1904: parts.date1904 };
  } finally {
    await zip.close();
  }
}
