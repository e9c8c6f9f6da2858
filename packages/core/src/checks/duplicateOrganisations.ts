import { organisationKey } from '../codes/organisationKey';
import type { Finding } from '../report/Finding';
import type { TableContext } from '../templates/Template';
import { usableText } from './usableValues';

/**
 * One 党组织 listed twice, however its name is written ("中共××局支部委员会" and "××局党支部"). Names are
 * compared under the same 上级党组织, since two units may each have a 第一党支部.
 */
export function duplicateOrganisations(table: TableContext): Finding[] {
  const firstSeen = new Map<string, { rowIndex: number; name: string }>();
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const name = usableText(row, 'orgName');
    if (name === undefined) continue;
    const key = `${organisationKey(name)}|${organisationKey(usableText(row, 'parent') ?? '')}`;
    const first = firstSeen.get(key);
    if (first === undefined) {
      firstSeen.set(key, { rowIndex: row.rowIndex, name });
      continue;
    }
    findings.push({
      code: 'organisation.duplicate',
      params: { firstRow: table.rowNumber(first.rowIndex), firstName: first.name },
      field: 'orgName',
      rowIndex: row.rowIndex,
      severity: 'error',
    });
  }
  return findings;
}
