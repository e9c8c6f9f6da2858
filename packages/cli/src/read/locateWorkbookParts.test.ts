import { describe, expect, it } from '@jest/globals';
import { locateWorkbookParts } from './locateWorkbookParts';
import type { ZipArchive } from './openZip';
import { relationshipsNamespace, workbookParts } from './testing/workbookParts';

/** The parts as a zip in memory; names ignore case, as in openZip. */
function memoryZip(parts: Readonly<Record<string, string>>): ZipArchive {
  const byName = new Map(Object.entries(parts).map(([name, text]) => [name.toLowerCase(), text]));
  const text = (name: string) => {
    const found = byName.get(name.toLowerCase());
    if (found === undefined) throw new Error(`no part ${name}`);
    return found;
  };
  return {
    size: 0,
    has: (name) => byName.has(name.toLowerCase()),
    readText: async (name) => text(name),
    textChunks: async function* (name) {
      yield text(name);
    },
    close: async () => undefined,
  };
}

const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${relationshipsNamespace}/${type}" Target="${target}"/>`;
const rels = (...items: string[]) => `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;

describe('locateWorkbookParts', () => {
  it('finds the worksheets in tab order, the shared strings and the styles through the relationships', async () => {
    const parts = workbookParts({ sheets: [{ name: '花名册', rows: '' }, { name: '说明', rows: '' }], sharedStrings: '', styles: '', date1904: true });
    expect(await locateWorkbookParts(memoryZip(parts))).toEqual({
      worksheets: [
        { name: '花名册', part: 'xl/worksheets/sheet1.xml' },
        { name: '说明', part: 'xl/worksheets/sheet2.xml' },
      ],
      date1904: true,
      sharedStrings: 'xl/sharedStrings.xml',
      styles: 'xl/styles.xml',
    });
  });

  it('follows the officeDocument relationship wherever it points, and leaves out chartsheets and missing parts', async () => {
    const parts = {
      '_rels/.rels': rels(relationship('rId1', 'officeDocument', '/book/main.xml')),
      'book/main.xml':
        `<workbook xmlns:r="${relationshipsNamespace}"><sheets><sheet name="图表" sheetId="1" r:id="c1"/><sheet name="花名册" sheetId="2" r:id="w1"/>` +
        '<sheet name="丢失" sheetId="3" r:id="w2"/><sheet name="无关系" sheetId="4" r:id="w9"/></sheets></workbook>',
      'book/_rels/main.xml.rels': rels(
        relationship('c1', 'chartsheet', 'charts/sheet1.xml'),
        relationship('w1', 'worksheet', 'Sheets/Roster.xml'),
        relationship('w2', 'worksheet', 'sheets/missing.xml'),
        relationship('s1', 'sharedStrings', 'strings.xml'),
      ),
      'book/charts/sheet1.xml': '<chartsheet/>',
      'book/sheets/roster.xml': '<worksheet/>',
      'book/strings.xml': '<sst/>',
    };
    expect(await locateWorkbookParts(memoryZip(parts))).toEqual({
      worksheets: [{ name: '花名册', part: 'book/Sheets/Roster.xml' }],
      date1904: false,
      sharedStrings: 'book/strings.xml',
    });
  });

  it('falls back to xl/workbook.xml, xl/sharedStrings.xml and xl/styles.xml when no relationship names them', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Sheet1', rows: '' }], sharedStrings: '', styles: '' });
    delete parts['_rels/.rels'];
    parts['xl/_rels/workbook.xml.rels'] = rels(relationship('rId1', 'worksheet', 'worksheets/sheet1.xml'));
    expect(await locateWorkbookParts(memoryZip(parts))).toEqual({
      worksheets: [{ name: 'Sheet1', part: 'xl/worksheets/sheet1.xml' }],
      date1904: false,
      sharedStrings: 'xl/sharedStrings.xml',
      styles: 'xl/styles.xml',
    });
  });

  it('is undefined for a zip that holds no workbook: a .docx, or nothing like a package', async () => {
    const docx = {
      '_rels/.rels': rels(relationship('rId1', 'officeDocument', 'word/document.xml')),
      'word/document.xml': '<w:document xmlns:w="urn:word"/>',
    };
    expect(await locateWorkbookParts(memoryZip(docx))).toBeUndefined();
    expect(await locateWorkbookParts(memoryZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).toBeUndefined();
  });
});
