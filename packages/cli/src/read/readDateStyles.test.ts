import { describe, expect, it } from '@jest/globals';
import { readDateStyles } from './readDateStyles';

const styles = [
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  '<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
  '<numFmt numFmtId="165" formatCode="0.00&quot;m&quot;"/><numFmt numFmtId="166" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;"/>',
  '<numFmt numFmtId="14" formatCode="@"/></numFmts>',
  // cellStyleXfs are the named styles, not what a cell's s refers to.
  '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="31"/></cellStyleXfs>',
  '<cellXfs count="8"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0"/>',
  '<xf numFmtId="166" xfId="0"/><xf numFmtId="31" xfId="1"/><xf numFmtId="14" xfId="0"/><xf numFmtId="22" xfId="0"/><xf xfId="0"/></cellXfs>',
  '<dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs>',
  '</styleSheet>',
].join('');

describe('readDateStyles', () => {
  it('names the cell styles whose number format shows a date, built-in or declared', async () => {
    // 1 yyyy"年"m"月"d"日"; 3 [$-804]yyyy"年"m"月"; 4 built-in 31 (zh-CN yyyy"年"m"月"d"日"); 6 built-in 22.
    // Not 2 (0.00"m"), nor 5: the workbook declares id 14 as text.
    expect([...(await readDateStyles(styles))]).toEqual(['1', '3', '4', '6']);
  });

  it('reads a stylesheet without cell styles as none', async () => {
    expect([...(await readDateStyles('<x:styleSheet xmlns:x="urn:main"/>'))]).toEqual([]);
  });

  it('reads prefixed element names', async () => {
    expect([...(await readDateStyles('<x:styleSheet xmlns:x="urn:main"><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>'))]).toEqual(['1']);
  });
});
