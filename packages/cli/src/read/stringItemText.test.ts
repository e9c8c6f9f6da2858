import { describe, expect, it } from '@jest/globals';
import { scanXml } from './scanXml';
import { stringItemText } from './stringItemText';

/** The text of each item of a list of `<si>`s, fed to one collector as the readers feed it. */
async function texts(xml: string): Promise<string[]> {
  const item = stringItemText();
  const taken: string[] = [];
  await scanXml(`<items>${xml}</items>`, {
    open: (name) => item.open(name),
    text: (text) => item.text(text),
    close: (name) => {
      if (name === 'si') taken.push(item.take());
      else item.close(name);
    },
  });
  return taken;
}

describe('stringItemText', () => {
  it('joins the runs of rich text and leaves out the phonetic reading', async () => {
    expect(
      await texts(
        '<si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space="preserve">建国 </t></r><rPh sb="0" eb="1"><t>wáng</t></rPh><phoneticPr fontId="1"/></si>',
      ),
    ).toEqual(['王建国 ']);
  });

  it('reads a plain item, an empty one and one whose <t> is empty, each on its own', async () => {
    expect(await texts('<si><t>中共青禾县</t><rPh sb="0" eb="2"><t>zhōng gòng</t></rPh></si><si/><si><t/></si><si><t>财政局</t></si>')).toEqual([
      '中共青禾县',
      '',
      '',
      '财政局',
    ]);
  });

  it('keeps white space inside <t> only, and undoes _xHHHH_ escapes run by run', async () => {
    expect(await texts('<si>\n  <r><t>第一行_x000D_</t></r>\n  <r><t>\n第二行</t></r>\n</si><si><r><t>_x00</t></r><r><t>41_</t></r></si>')).toEqual([
      '第一行\r\n第二行',
      '_x0041_',
    ]);
  });
});
