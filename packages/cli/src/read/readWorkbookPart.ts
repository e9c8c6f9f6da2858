import { scanXml } from './scanXml';

export interface SheetEntry {
  readonly name: string;
  /** The `r:id` naming, among the workbook's relationships, the part that holds the sheet. */
  readonly relationshipId: string;
}

export interface WorkbookPart {
  /** In the order of the tabs. */
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

/**
 * What xl/workbook.xml says about the sheets: their names and parts in tab order, and whether serial
 * dates count from 1904 (`<workbookPr date1904="1"/>`, old Mac workbooks). Undefined when the part is
 * not a workbook (the main part of a .docx, say).
 */
export async function readWorkbookPart(xml: string): Promise<WorkbookPart | undefined> {
  const sheets: SheetEntry[] = [];
  let isWorkbook: boolean | undefined;
  let date1904 = false;
  let inSheets = false;
  await scanXml(xml, {
    open: (name, attributes) => {
      isWorkbook ??= name === 'workbook';
      if (name === 'workbookPr') {
        date1904 = attributes['date1904'] === '1' || attributes['date1904'] === 'true';
      } else if (name === 'sheets') {
        inSheets = true;
      } else if (name === 'sheet' && inSheets) {
        const relationshipId = relationshipIdOf(attributes);
        if (relationshipId !== undefined) sheets.push({ name: attributes['name'] ?? `Sheet${sheets.length + 1}`, relationshipId });
      }
    },
    close: (name) => {
      if (name === 'sheets') inSheets = false;
    },
  });
  return isWorkbook ? { sheets, date1904 } : undefined;
}

/** `r:id`, whatever prefix the writer bound to the relationships namespace. */
function relationshipIdOf(attributes: Readonly<Record<string, string>>): string | undefined {
  const key = Object.keys(attributes).find((name) => name.endsWith(':id'));
  return key === undefined ? undefined : attributes[key];
}
