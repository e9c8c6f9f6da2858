import { SaxesParser } from 'saxes';

/** What a reader of one XML part does with each element and each piece of character data. */
export interface XmlHandler {
  /** `name` is the element's local name: `row` for `<row>` and for `<x:row>` alike. */
  readonly open?: (name: string, attributes: Readonly<Record<string, string>>) => void;
  /** Character data, entities and character references decoded; CDATA sections included. */
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/**
 * Parses one XML part, given whole or in pieces, and calls the handler as it goes: the handler keeps
 * whatever it needs and nothing else is built. Namespaces are not resolved, prefixes are dropped:
 * SpreadsheetML writers are free in their choice of prefix (some .NET ones write `<x:row>`), and
 * within one part the local names do not clash. Malformed XML rejects.
 */
export async function scanXml(source: string | AsyncIterable<string>, handler: XmlHandler): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const { open, text, close } = handler;
  if (open) parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (typeof source === 'string') {
    parser.write(source);
  } else {
    for await (const chunk of source) parser.write(chunk);
  }
  parser.close();
}

/** An element or attribute name without its prefix. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
