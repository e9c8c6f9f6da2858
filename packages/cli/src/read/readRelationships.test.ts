import { describe, expect, it } from '@jest/globals';
import { readRelationships, relationshipsPartOf } from './readRelationships';

const transitional = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const strict = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

describe('readRelationships', () => {
  it('resolves each target to a part name: relative to the source part, or from the root', async () => {
    const xml =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${transitional}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${strict}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${transitional}/sharedStrings" Target="../xl/sharedStrings.xml"/>` +
      `<Relationship Id="rId4" Type="${transitional}/worksheet" Target="worksheets/%E8%8A%B1%E5%90%8D%E5%86%8C%201.xml"/>` +
      `<Relationship Id="rId5" Type="${transitional}/hyperlink" Target="https://example.org/" TargetMode="External"/>` +
      '</Relationships>';
    expect(await readRelationships(xml, 'xl/workbook.xml')).toEqual([
      { id: 'rId1', type: 'worksheet', target: 'xl/worksheets/sheet1.xml' },
      { id: 'rId2', type: 'worksheet', target: 'xl/worksheets/sheet2.xml' },
      { id: 'rId3', type: 'sharedStrings', target: 'xl/sharedStrings.xml' },
      { id: 'rId4', type: 'worksheet', target: 'xl/worksheets/花名册 1.xml' },
    ]);
  });

  it('resolves the package relationships from the root', async () => {
    const xml = `<Relationships><Relationship Id="rId1" Type="${transitional}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`;
    expect(await readRelationships(xml, '')).toEqual([{ id: 'rId1', type: 'officeDocument', target: 'xl/workbook.xml' }]);
  });
});

describe('relationshipsPartOf', () => {
  it('is the _rels folder beside the part', () => {
    expect(relationshipsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relationshipsPartOf('')).toBe('_rels/.rels');
  });
});
