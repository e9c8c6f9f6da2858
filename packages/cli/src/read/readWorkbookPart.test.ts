import { describe, expect, it } from '@jest/globals';
import { readWorkbookPart } from './readWorkbookPart';

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('readWorkbookPart', () => {
  it('lists the sheets in tab order with their relationship ids', async () => {
    const xml =
      `<workbook xmlns="${main}" xmlns:r="${relationships}"><workbookPr defaultThemeVersion="164011"/><sheets>` +
      '<sheet name="说明" sheetId="3" r:id="rId3"/><sheet name="花名册" sheetId="1" r:id="rId1" state="hidden"/></sheets>' +
      '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="1">花名册!$A$1:$G$9</definedName></definedNames></workbook>';
    expect(await readWorkbookPart(xml)).toEqual({
      sheets: [
        { name: '说明', relationshipId: 'rId3' },
        { name: '花名册', relationshipId: 'rId1' },
      ],
      date1904: false,
    });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['false', false],
  ])('reads date1904="%s" as %s', async (value, date1904) => {
    expect((await readWorkbookPart(`<workbook><workbookPr date1904="${value}"/><sheets/></workbook>`))?.date1904).toBe(date1904);
  });

  it('takes r:id under whatever prefix the writer chose, and prefixed element names', async () => {
    const xml = `<x:workbook xmlns:x="${main}" xmlns:ns1="${relationships}"><x:sheets><x:sheet name="Sheet1" sheetId="1" ns1:id="rId7"/></x:sheets></x:workbook>`;
    expect(await readWorkbookPart(xml)).toEqual({ sheets: [{ name: 'Sheet1', relationshipId: 'rId7' }], date1904: false });
  });

  it('is undefined for a part that is not a workbook', async () => {
    expect(await readWorkbookPart('<w:document xmlns:w="urn:word"><w:body/></w:document>')).toBeUndefined();
  });
});
