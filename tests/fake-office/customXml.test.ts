import { describe, expect, it } from '@jest/globals';
import { namespaceOfXml } from './customXml';
import { createFakeExcel, reopenFakeExcel } from './fakeExcel';
import { valuesAt } from './workbook';

const ns = 'http://schemas.contoso.com/review/1.0';
const review = `<review xmlns="${ns}"><reviewer>王芳 &amp; 李娜</reviewer></review>`;

describe('namespaceOfXml', () => {
  it('takes the namespace of the root element, default or prefixed, after a declaration and comments', () => {
    expect(namespaceOfXml(review)).toBe(ns);
    expect(namespaceOfXml(`<?xml version="1.0" encoding="UTF-8"?>\n<!-- saved by Taizhang -->\n<t:review xmlns:t="${ns}" t:v='1'/>`)).toBe(ns);
    expect(namespaceOfXml('<plain><![CDATA[<not a tag>]]></plain>')).toBe('');
  });

  it('refuses what Excel refuses: no root, two roots, unbalanced tags, a bare & or text outside the root', () => {
    for (const bad of ['', 'text', '<a></a><b></b>', '<a><b></a></b>', '<a>x & y</a>', '<a/>tail', '<a x="1" x="2"/>', '<a>']) {
      expect(() => namespaceOfXml(bad)).toThrow(expect.objectContaining({ code: 'InvalidArgument' }));
    }
  });
});

describe('custom XML parts in the fake host', () => {
  it('adds, finds by namespace, reads, rewrites and deletes a part, each only at sync', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S' }], customXmlParts: [`<other xmlns="urn:other"/>`] });
    const id = await fake.run(async (context) => {
      const added = context.workbook.customXmlParts.add(review);
      added.load('id');
      expect(fake.workbook.customXmlParts).toHaveLength(1);
      await context.sync();
      return added.id;
    });
    expect(fake.workbook.customXmlParts.map((part) => part.namespaceUri)).toEqual(['urn:other', ns]);

    await fake.run(async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace(ns);
      scoped.load('items/id,items/namespaceUri');
      const count = scoped.getCount();
      await context.sync();
      expect(count.value).toBe(1);
      expect(scoped.items.map((part) => [part.id, part.namespaceUri])).toEqual([[id, ns]]);
      const xml = scoped.getOnlyItem().getXml();
      await context.sync();
      expect(xml.value).toBe(review);
      context.workbook.customXmlParts.getItem(id).setXml(`<review xmlns="${ns}"/>`);
    });
    expect(fake.workbook.customXmlParts[1]?.xml).toBe(`<review xmlns="${ns}"/>`);

    await fake.run(async (context) => {
      context.workbook.customXmlParts.getItem(id).delete();
      const gone = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItemOrNullObject();
      gone.load('id');
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
    expect(fake.workbook.customXmlParts.map((part) => part.namespaceUri)).toEqual(['urn:other']);
  });

  it('fails the sync for malformed XML, and for a part deleted meanwhile', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S' }] });
    await expect(
      fake.run(async (context) => {
        context.workbook.customXmlParts.add('<review>');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      fake.run(async (context) => {
        const part = context.workbook.customXmlParts.add(review);
        await context.sync();
        part.delete();
        part.getXml();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('keeps parts and cells across a reopen, and nothing of the old host', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', rows: [['一']] }] });
    await fake.run(async (context) => {
      context.workbook.customXmlParts.add(review);
      await context.sync();
    });
    const reopened = reopenFakeExcel(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['改']];
      await context.sync();
    });
    expect(valuesAt(reopened.workbook, 'S', 'A1')).toEqual([['一']]);
    const xml = await reopened.run(async (context) => {
      const result = context.workbook.customXmlParts.getByNamespace(ns).getOnlyItem().getXml();
      await context.sync();
      return result.value;
    });
    expect(xml).toBe(review);
  });
});

describe('Range.delete and Range.formulas in the fake host', () => {
  it('moves the cells below a deleted block up, values and formats alike', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', rows: [['a', 1], ['b', 2], ['c', 3], ['d', 4]], formats: { A3: { numberFormat: '@' } } }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2:B3').delete('Up');
      await context.sync();
    });
    expect(valuesAt(fake.workbook, 'S', 'A1:B4')).toEqual([
      ['a', 1],
      ['d', 4],
      ['', ''],
      ['', ''],
    ]);
    expect(fake.workbook.sheets[0]?.formats.size).toBe(0);
  });

  it('reads a formula error cell as a formula and every other cell as its value', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S', rows: [['汉', { error: '#N/A', formula: true }, 12]] }] });
    const formulas = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:C1');
      range.load('formulas');
      await context.sync();
      return range.formulas;
    });
    expect(formulas).toEqual([['汉', '=…', 12]]);
  });
});
