/**
 * What Excel checks of a custom XML part's content: it must be one well-formed XML element (after an
 * optional declaration, comments and processing instructions), and the part's namespace is that root
 * element's namespace. Written independently of the add-in's own XML code, so the fake stays an oracle.
 */
import { richApiError } from './richApiError';

const name = '[A-Za-z_][\\w.\\-]*(?::[A-Za-z_][\\w.\\-]*)?';
const attribute = new RegExp(`\\s+(${name})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'gy');
const entity = /&(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);/y;

function malformed(detail: string): never {
  throw richApiError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${detail})`);
}

interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly end: number;
  readonly closing: boolean;
  readonly empty: boolean;
}

function readTag(xml: string, at: number): Tag {
  const head = new RegExp(`<(/?)(${name})`, 'y');
  head.lastIndex = at;
  const opened = head.exec(xml);
  if (opened === null) malformed(`bad tag at ${at}`);
  const closing = opened[1] === '/';
  const attributes = new Map<string, string>();
  let position = head.lastIndex;
  if (!closing) {
    for (;;) {
      attribute.lastIndex = position;
      const found = attribute.exec(xml);
      if (found === null) break;
      const [, key = '', quoted = ''] = found;
      if (attributes.has(key)) malformed(`attribute ${key} given twice`);
      attributes.set(key, quoted.slice(1, -1));
      position = attribute.lastIndex;
    }
  }
  const tail = /\s*(\/?)>/y;
  tail.lastIndex = position;
  const ended = tail.exec(xml);
  if (ended === null || (closing && ended[1] === '/')) malformed(`tag ${opened[2] ?? ''} is not closed`);
  return { name: opened[2] ?? '', attributes, end: tail.lastIndex, closing, empty: ended[1] === '/' };
}

/** Skips a declaration, processing instruction, comment or CDATA section starting at `at`; -1 if none starts there. */
function skipSpecial(xml: string, at: number, inElement: boolean): number {
  const kinds: readonly (readonly [string, string, boolean])[] = [
    ['<?', '?>', true],
    ['<!--', '-->', true],
    ['<![CDATA[', ']]>', false],
  ];
  for (const [open, close, anywhere] of kinds) {
    if (!xml.startsWith(open, at)) continue;
    if (!anywhere && !inElement) malformed('CDATA outside the root element');
    const end = xml.indexOf(close, at + open.length);
    if (end < 0) malformed(`${open} is not closed`);
    return end + close.length;
  }
  if (xml.startsWith('<!', at)) malformed('document type declarations are not allowed');
  return -1;
}

/** The namespace URI of a custom XML part's root element; throws `InvalidArgument` as Excel does for bad XML. */
export function namespaceOfXml(xml: string): string {
  const open: Tag[] = [];
  let root: Tag | undefined;
  let rootClosed = false;
  let position = 0;
  while (position < xml.length) {
    const char = xml[position];
    if (char === '<') {
      const skipped = skipSpecial(xml, position, open.length > 0);
      if (skipped >= 0) {
        position = skipped;
        continue;
      }
      const tag = readTag(xml, position);
      position = tag.end;
      if (tag.closing) {
        if (open.pop()?.name !== tag.name) malformed(`</${tag.name}> does not match`);
        if (open.length === 0) rootClosed = true;
        continue;
      }
      if (open.length === 0) {
        if (root !== undefined) malformed('more than one root element');
        root = tag;
        if (tag.empty) rootClosed = true;
      }
      if (!tag.empty) open.push(tag);
      continue;
    }
    if (char === '&') {
      entity.lastIndex = position;
      if (entity.exec(xml) === null) malformed(`unescaped & at ${position}`);
      position = entity.lastIndex;
      continue;
    }
    if (open.length === 0 && char !== undefined && !/\s/.test(char)) malformed('text outside the root element');
    position += 1;
  }
  if (root === undefined || !rootClosed || open.length > 0) malformed('no complete root element');
  const prefix = root.name.includes(':') ? root.name.split(':')[0] : undefined;
  return root.attributes.get(prefix === undefined ? 'xmlns' : `xmlns:${prefix}`) ?? '';
}
