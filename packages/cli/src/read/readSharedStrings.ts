import { scanXml } from './scanXml';
import { stringItemText } from './stringItemText';

/**
 * The shared-string table (xl/sharedStrings.xml) as the text of each `<si>`, indexed as `t="s"` cells
 * refer to them. Formatting runs are joined; an empty item is "".
 */
export async function readSharedStrings(source: string | AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  const item = stringItemText();
  let inItem = false;
  await scanXml(source, {
    open: (name) => {
      if (name === 'si') inItem = true;
      else if (inItem) item.open(name);
    },
    text: (text) => {
      if (inItem) item.text(text);
    },
    close: (name) => {
      if (name === 'si') {
        strings.push(item.take());
        inItem = false;
      } else if (inItem) {
        item.close(name);
      }
    },
  });
  return strings;
}
