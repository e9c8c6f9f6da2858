import { describe, expect, it } from '@jest/globals';
import { readSharedStrings } from './readSharedStrings';
import { inPieces } from './testing/inPieces';

const table =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">' +
  '<si><t>姓名</t></si>' +
  '<si><r><rPr><b/><sz val="11"/></rPr><t>中共</t></r><r><t>财政局支部</t></r></si>' +
  '<si><t>刘䶮</t><rPh sb="1" eb="2"><t>yǎn</t></rPh><phoneticPr fontId="1" type="noConversion"/></si>' +
  '<si><t/></si>' +
  '<si><t>A &amp; B &#x2014; &lt;财政&gt;</t></si>' +
  '</sst>';

describe('readSharedStrings', () => {
  it('gives each item its text: runs joined, phonetic readings left out, an empty item as ""', async () => {
    expect(await readSharedStrings(table)).toEqual(['姓名', '中共财政局支部', '刘䶮', '', 'A & B — <财政>']);
  });

  it('reads the part in pieces as it reads it whole', async () => {
    const cuts = Array.from({ length: Math.floor(table.length / 7) }, (_unused, index) => (index + 1) * 7);
    expect(await readSharedStrings(inPieces(table, ...cuts))).toEqual(await readSharedStrings(table));
  });

  it('reads a table whose writer prefixes SpreadsheetML', async () => {
    expect(await readSharedStrings('<x:sst xmlns:x="urn:main"><x:si><x:t>王建国</x:t></x:si><x:si><x:r><x:t>男</x:t></x:r></x:si></x:sst>')).toEqual([
      '王建国',
      '男',
    ]);
  });
});
