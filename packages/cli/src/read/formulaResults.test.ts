import { describe, expect, it } from '@jest/globals';
import type { CellValue } from '@taizhang/core';
import { tapFormulaResults } from './formulaResults';

const sheetXml = [
  '<worksheet><cols><col min="1" max="3" width="12"/></cols><sheetData>',
  '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="e"><f>VLOOKUP(A2,码表!A:B,2,FALSE)</f><v>#N/A</v></c>',
  '<c r="C2"><f>COUNTIF(D:D,"是")</f><v>0</v></c><c r="D2" s="3"/></row>',
  '<row r="3"><c r="B3" t="str"><f>A3&amp;"支部"</f><v>财政局 &amp; 税务局支部</v></c>',
  '<c r="C3"><f t="shared" ref="C3:C4" si="0"/><v>12.5</v></c><c r="D3" t="b"><f>C3&gt;10</f><v>1</v></c>',
  '<c r="E3" t="str"><f>IF(A3="","",A3)</f><v></v></c><c r="F3"><f>NOW()</f></c><c r="G3"><v>42</v></c></row>',
  '</sheetData></worksheet>',
].join('');

const expected: [string, CellValue][] = [
  ['B2', { kind: 'error', code: '#N/A' }],
  ['C2', 0],
  ['B3', '财政局 & 税务局支部'],
  ['C3', 12.5],
  ['D3', true],
  ['E3', null],
  ['F3', null],
];

async function tap(chunks: readonly Buffer[]): Promise<{ results: Map<string, CellValue>; passed: Buffer }> {
  const results = new Map<string, CellValue>();
  const seen: Buffer[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const chunk of tapFormulaResults(source(), results)) {
    if (Buffer.isBuffer(chunk)) seen.push(chunk);
  }
  return { results, passed: Buffer.concat(seen) };
}

describe('tapFormulaResults', () => {
  it('notes the cached value of each formula cell and passes the bytes on unchanged', async () => {
    const bytes = Buffer.from(sheetXml, 'utf8');
    const { results, passed } = await tap([bytes]);
    expect([...results]).toEqual(expected);
    expect(passed.equals(bytes)).toBe(true);
  });

  it('finds the same values wherever the chunks split the XML, even inside a Chinese character', async () => {
    const bytes = Buffer.from(sheetXml, 'utf8');
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const { results } = await tap([bytes.subarray(0, cut), bytes.subarray(cut, cut + 5), bytes.subarray(cut + 5)]);
      expect([...results]).toEqual(expected);
    }
  });
});
