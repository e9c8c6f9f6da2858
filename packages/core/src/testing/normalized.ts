import type { FieldValue } from '../report/DataRow';
import type { CellFinding } from '../report/Finding';

/** What a normalizer made of a cell together with what it found, for tests to compare as one. */
export function normalized(normalize: (found: CellFinding[]) => FieldValue | undefined): { value: FieldValue | undefined; findings: CellFinding[] } {
  const findings: CellFinding[] = [];
  const value = normalize(findings);
  return { value, findings };
}
