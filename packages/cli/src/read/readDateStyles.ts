import { isDateNumberFormat } from './isDateNumberFormat';
import { scanXml } from './scanXml';

/**
 * The cell styles (xl/styles.xml `<cellXfs>`) whose number format shows a date, as the `s` attribute
 * of a cell names them: "0" for the first `<xf>`. The `<xf>`s of `<cellStyleXfs>` and the formats of
 * `<dxfs>` (conditional formatting) are not cell styles.
 */
export async function readDateStyles(xml: string): Promise<ReadonlySet<string>> {
  const formatCodes = new Map<number, string>();
  const styleFormats: number[] = [];
  let section: 'numFmts' | 'cellXfs' | undefined;
  await scanXml(xml, {
    open: (name, attributes) => {
      if (name === 'numFmts' || name === 'cellXfs') section = name;
      else if (name === 'numFmt' && section === 'numFmts') {
        const id = Number.parseInt(attributes['numFmtId'] ?? '', 10);
        if (!Number.isNaN(id)) formatCodes.set(id, attributes['formatCode'] ?? '');
      } else if (name === 'xf' && section === 'cellXfs') {
        styleFormats.push(Number.parseInt(attributes['numFmtId'] ?? '0', 10));
      }
    },
    close: (name) => {
      if (name === section) section = undefined;
    },
  });
  const dateStyles = new Set<string>();
  styleFormats.forEach((numFmtId, index) => {
    if (isDateNumberFormat(numFmtId, formatCodes.get(numFmtId))) dateStyles.add(String(index));
  });
  return dateStyles;
}
