export const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const relationshipsNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationships = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface TestSheet {
  readonly name: string;
  /** What goes inside `<sheetData>`. */
  readonly rows: string;
}

export interface TestWorkbook {
  readonly sheets: readonly TestSheet[];
  /** The `<si>` items; no sharedStrings part when left out. */
  readonly sharedStrings?: string;
  /** What goes inside `<styleSheet>`; no styles part when left out. */
  readonly styles?: string;
  readonly date1904?: boolean;
}

/** A worksheet part around its `<sheetData>`. */
export function worksheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${mainNamespace}"><sheetData>${rows}</sheetData></worksheet>`;
}

const contentTypes = (overrides: Readonly<Record<string, string>>) =>
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`)
    .join('') +
  '</Types>';

/**
 * The parts of a small hand-written workbook, for storedZip, in the order Excel writes them: one
 * ExcelJS and Excel open too. Sheet n is xl/worksheets/sheet{n}.xml with relationship rId{n}.
 */
export function workbookParts(workbook: TestWorkbook): Record<string, string> {
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${relationshipsNamespace}/${type}" Target="${target}"/>`;
  const sheetRelationships = workbook.sheets.map((_sheet, index) => relationship(`rId${index + 1}`, 'worksheet', `worksheets/sheet${index + 1}.xml`));
  const types: Record<string, string> = { 'xl/workbook.xml': 'sheet.main' };
  workbook.sheets.forEach((_sheet, index) => {
    types[`xl/worksheets/sheet${index + 1}.xml`] = 'worksheet';
  });
  if (workbook.styles !== undefined) types['xl/styles.xml'] = 'styles';
  if (workbook.sharedStrings !== undefined) types['xl/sharedStrings.xml'] = 'sharedStrings';
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(types),
    '_rels/.rels': `<Relationships xmlns="${packageRelationships}">${relationship('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipsNamespace}">` +
      (workbook.date1904 ? '<workbookPr date1904="1"/>' : '') +
      `<sheets>${workbook.sheets.map((sheet, index) => `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${packageRelationships}">${sheetRelationships.join('')}` +
      (workbook.styles === undefined ? '' : relationship('rIdStyles', 'styles', 'styles.xml')) +
      (workbook.sharedStrings === undefined ? '' : relationship('rIdStrings', 'sharedStrings', 'sharedStrings.xml')) +
      '</Relationships>',
  };
  if (workbook.styles !== undefined) parts['xl/styles.xml'] = `<styleSheet xmlns="${mainNamespace}">${workbook.styles}</styleSheet>`;
  if (workbook.sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = `<sst xmlns="${mainNamespace}">${workbook.sharedStrings}</sst>`;
  workbook.sheets.forEach((sheet, index) => {
    parts[`xl/worksheets/sheet${index + 1}.xml`] = worksheetXml(sheet.rows);
  });
  return parts;
}

/** The same parts with the named ones moved to the end, in the order given. */
export function withLast(parts: Readonly<Record<string, string>>, ...last: readonly string[]): Record<string, string> {
  const names = [...Object.keys(parts).filter((name) => !last.includes(name)), ...last];
  return Object.fromEntries(names.map((name) => [name, parts[name] ?? '']));
}
