import { posix } from 'node:path';
import { scanXml } from './scanXml';

export interface Relationship {
  readonly id: string;
  /** The relationship type's last segment: "worksheet", "sharedStrings", "officeDocument" … */
  readonly type: string;
  /** The target part's name in the zip, without a leading "/". */
  readonly target: string;
}

/**
 * The relationships of a package part (ECMA-376 Part 2, §9.3), from its `.rels` part, with each
 * target resolved to a part name: relative to the source part's folder, or from the package root when
 * it starts with "/". Types are compared by their last segment, which the transitional and the strict
 * namespaces share. External targets (hyperlinks) are left out.
 */
export async function readRelationships(xml: string, sourcePart: string): Promise<Relationship[]> {
  const relationships: Relationship[] = [];
  const folder = posix.dirname(sourcePart);
  await scanXml(xml, {
    open: (name, attributes) => {
      const { Id: id, Type: type, Target: target, TargetMode: mode } = attributes;
      if (name !== 'Relationship' || id === undefined || type === undefined || target === undefined || mode === 'External') return;
      relationships.push({ id, type: type.slice(type.lastIndexOf('/') + 1), target: partName(folder, target) });
    },
  });
  return relationships;
}

/** Where the relationships of a part are kept: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relationshipsPartOf(sourcePart: string): string {
  return posix.join(posix.dirname(sourcePart), '_rels', `${posix.basename(sourcePart)}.rels`);
}

function partName(folder: string, target: string): string {
  const path = decodeUri(target.trim());
  return posix.normalize(path.startsWith('/') ? path : posix.join(folder, path)).replace(/^\/+/, '');
}

/** Targets are URIs: a space in a part name is written %20. */
function decodeUri(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
