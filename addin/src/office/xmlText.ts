const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A one-element XML document carrying `text` (JSON) in namespace `namespaceUri`: what Taizhang keeps in a
 * custom XML part. The text is escaped rather than put in CDATA, which a `]]>` in it would break.
 */
export function xmlOfText(root: string, namespaceUri: string, text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${namespaceUri}">${text.replace(/[&<>]/g, (char) => escapes[char] ?? char)}</${root}>`;
}

/**
 * The text inside the root element of such a document, as Excel gives it back: tolerant of a declaration,
 * comments, attributes and CDATA, since Excel may rewrite the part when it saves the file. Undefined when
 * the document is not one `root` element.
 */
export function textOfXml(xml: string, root: string): string | undefined {
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '').trim();
  const match = new RegExp(`^<(?:[\\w.-]+:)?${root}(?:\\s[^>]*)?>([\\s\\S]*)</(?:[\\w.-]+:)?${root}\\s*>$`).exec(body);
  if (match === null) return body.match(new RegExp(`^<(?:[\\w.-]+:)?${root}(?:\\s[^>]*)?/>$`)) === null ? undefined : '';
  return (match[1] ?? '').replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[\da-fA-F]+|#\d+|\w+);/g, (whole, cdata: string | undefined, entity: string | undefined) => {
    if (cdata !== undefined) return cdata;
    if (entity === undefined) return whole;
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity] ?? whole;
  });
}
