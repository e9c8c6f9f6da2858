import { StringDecoder } from 'node:string_decoder';
import type { CellValue } from '@taizhang/core';

/** A whole `<c …>…</c>` element, or a self-closing `<c …/>`. `\b` keeps `<col>` and `<cols>` out. */
const cellElement = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Passes a worksheet's XML through unchanged while noting the cached value of every formula cell, by
 * cell reference ("B6"). ExcelJS's streaming reader loses some of them: it drops a cached result that is
 * falsy (0, FALSE, "") and reads an error result (`t="e"`, e.g. #N/A from a VLOOKUP) as NaN, which it
 * then drops as well. Each chunk is scanned before it is passed on, so a row's formulas are known by
 * the time ExcelJS emits the row.
 */
export async function* tapFormulaResults(
  source: AsyncIterable<unknown>,
  results: Map<string, CellValue>,
): AsyncGenerator<unknown> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of source) {
    pending += typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? decoder.write(chunk) : '';
    // Most sheets hold no formula: without a "<f" there is no cell to note, only the last one to keep,
    // which may still get its <f> from the next chunk.
    if (!pending.includes('<f')) {
      const lastCell = pending.lastIndexOf('<c');
      pending = lastCell >= 0 ? pending.slice(lastCell) : pending.slice(-1);
      yield chunk;
      continue;
    }
    let consumed = 0;
    cellElement.lastIndex = 0;
    for (let match = cellElement.exec(pending); match !== null; match = cellElement.exec(pending)) {
      noteFormula(match[1] ?? '', match[2], results);
      consumed = cellElement.lastIndex;
    }
    const rest = pending.slice(consumed);
    const openCell = rest.lastIndexOf('<c');
    // Keep an unfinished cell for the next chunk; otherwise only a last "<" that may start one.
    pending = openCell >= 0 ? rest.slice(openCell) : rest.slice(-1);
    yield chunk;
  }
}

function noteFormula(attributes: string, body: string | undefined, results: Map<string, CellValue>): void {
  if (body === undefined || !/<f[\s>/]/.test(body)) return;
  const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
  if (ref === undefined) return;
  const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n';
  const cached = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  results.set(ref, cached === undefined ? null : cachedValue(type, decodeXml(cached)));
}

function cachedValue(type: string, text: string): CellValue {
  if (type === 'e') return { kind: 'error', code: text };
  if (type === 'str' || type === 'inlineStr') return text === '' ? null : text;
  if (type === 'b') return text === '1';
  const number = Number(text);
  return text.trim() === '' || Number.isNaN(number) ? null : number;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}
