import { describe, expect, it } from '@jest/globals';
import { localName, scanXml } from './scanXml';
import { inPieces } from './testing/inPieces';

/** Every event as a line: `<name a=1>`, `"text"`, `</name>`. */
async function events(source: string | AsyncIterable<string>): Promise<string[]> {
  const seen: string[] = [];
  await scanXml(source, {
    open: (name, attributes) => seen.push(`<${[name, ...Object.entries(attributes).map(([key, value]) => `${key}=${value}`)].join(' ')}>`),
    text: (text) => seen.push(JSON.stringify(text)),
    close: (name) => seen.push(`</${name}>`),
  });
  return seen;
}

const cell = '<x:c r="A1" t="str"><x:v>A &amp; B &#x4E2D;&#25991; &lt;&gt;</x:v></x:c>';

describe('scanXml', () => {
  it('gives local names, so a writer prefixing SpreadsheetML (<x:row>) reads like one that does not', async () => {
    expect(await events(`<x:worksheet xmlns:x="urn:main"><x:row r="1">${cell}</x:row></x:worksheet>`)).toEqual([
      '<worksheet xmlns:x=urn:main>',
      '<row r=1>',
      '<c r=A1 t=str>',
      '<v>',
      '"A & B 中文 <>"',
      '</v>',
      '</c>',
      '</row>',
      '</worksheet>',
    ]);
  });

  it('decodes entities and character references, and gives CDATA as text', async () => {
    expect(await events('<t>&quot;&apos;&#20013;<![CDATA[<b>&amp;</b>]]></t>')).toEqual(['<t>', `"\\"'中"`, '"<b>&amp;</b>"', '</t>']);
  });

  it('gives the same events wherever the text is cut, even inside a reference or a tag', async () => {
    const xml = `<row>${cell}</row>`;
    const whole = await events(xml);
    for (let cut = 1; cut < xml.length; cut += 1) {
      expect(await events(inPieces(xml, cut))).toEqual(whole);
    }
  });

  it('rejects malformed XML and unknown entities', async () => {
    await expect(events('<row><c></row>')).rejects.toThrow();
    await expect(events('<t>&nbsp;</t>')).rejects.toThrow();
    await expect(events(inPieces('<row>', 3))).rejects.toThrow();
  });

  it('drops the prefix of a name', () => {
    expect([localName('x:row'), localName('row'), localName('r:id')]).toEqual(['row', 'row', 'id']);
  });
});
