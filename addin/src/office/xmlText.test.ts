import { describe, expect, it } from '@jest/globals';
import { namespaceOfXml } from '../../../tests/fake-office/customXml';
import { textOfXml, xmlOfText } from './xmlText';

const json = '{\n  "name": "志愿服务 <2025> & 结对帮扶",\n  "pattern": "^a]]>b$"\n}\n';

describe('xmlOfText and textOfXml', () => {
  it('round-trips JSON with markup characters in a document Excel accepts', () => {
    const xml = xmlOfText('template', 'urn:taizhang:template:1', json);
    expect(namespaceOfXml(xml)).toBe('urn:taizhang:template:1');
    expect(xml).toContain('&lt;2025&gt; &amp; 结对帮扶');
    expect(textOfXml(xml, 'template')).toBe(json);
  });

  it('reads the part however Excel writes it back: prefixed, with comments, character references or CDATA', () => {
    expect(textOfXml('<!-- kept --><t:template xmlns:t="urn:x" v="1">&#x6C49;&#27665;&quot;</t:template>', 'template')).toBe('汉民"');
    expect(textOfXml('<template xmlns="urn:x"><![CDATA[{"a":"<b>"}]]></template>', 'template')).toBe('{"a":"<b>"}');
    expect(textOfXml('<template xmlns="urn:x"/>', 'template')).toBe('');
  });

  it('gives nothing for another document', () => {
    expect(textOfXml('<review xmlns="urn:x">{}</review>', 'template')).toBeUndefined();
    expect(textOfXml('not xml', 'template')).toBeUndefined();
  });
});
