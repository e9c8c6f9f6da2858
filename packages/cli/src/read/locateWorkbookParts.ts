import { posix } from 'node:path';
import type { ZipArchive } from './openZip';
import { readRelationships, relationshipsPartOf, type Relationship } from './readRelationships';
import { readWorkbookPart } from './readWorkbookPart';

export interface WorksheetPart {
  readonly name: string;
  /** The part's name in the zip. */
  readonly part: string;
}

/** Where a workbook's parts are, as its relationships say, whatever order the zip holds them in. */
export interface WorkbookParts {
  /** The worksheets in tab order; chartsheets and dialogsheets hold no cells and are left out. */
  readonly worksheets: readonly WorksheetPart[];
  readonly date1904: boolean;
  readonly sharedStrings?: string;
  readonly styles?: string;
}

/** The main part when the package's relationships do not name it: where every writer puts it. */
const usualWorkbookPart = 'xl/workbook.xml';

/**
 * Finds the workbook through the package's officeDocument relationship (_rels/.rels), falling back
 * to xl/workbook.xml, then its sheets, shared strings and styles through the workbook's own
 * relationships. Undefined when the zip holds no workbook: a .docx, or any zip renamed .xlsx.
 */
export async function locateWorkbookParts(zip: ZipArchive): Promise<WorkbookParts | undefined> {
  const main = (await relationshipsOf(zip, '')).find((relationship) => relationship.type === 'officeDocument')?.target ?? usualWorkbookPart;
  if (!zip.has(main)) return undefined;
  const workbook = await readWorkbookPart(await zip.readText(main));
  if (workbook === undefined) return undefined;
  const relationships = await relationshipsOf(zip, main);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const worksheets = workbook.sheets.flatMap(({ name, relationshipId }) => {
    const relationship = byId.get(relationshipId);
    // A sheet whose part is missing is left out, as ExcelJS does.
    return relationship?.type === 'worksheet' && zip.has(relationship.target) ? [{ name, part: relationship.target }] : [];
  });
  const sharedStrings = partOfType(zip, relationships, 'sharedStrings', posix.join(posix.dirname(main), 'sharedStrings.xml'));
  const styles = partOfType(zip, relationships, 'styles', posix.join(posix.dirname(main), 'styles.xml'));
  return {
    worksheets,
    date1904: workbook.date1904,
    ...(sharedStrings === undefined ? {} : { sharedStrings }),
    ...(styles === undefined ? {} : { styles }),
  };
}

async function relationshipsOf(zip: ZipArchive, sourcePart: string): Promise<Relationship[]> {
  const part = relationshipsPartOf(sourcePart);
  return zip.has(part) ? readRelationships(await zip.readText(part), sourcePart) : [];
}

/** The part a relationship of this type names, else the usual part when the zip has it. */
function partOfType(zip: ZipArchive, relationships: readonly Relationship[], type: string, usual: string): string | undefined {
  const named = relationships.find((relationship) => relationship.type === type)?.target;
  if (named !== undefined && zip.has(named)) return named;
  return zip.has(usual) ? usual : undefined;
}
