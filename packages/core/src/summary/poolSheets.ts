import { maskIdNumber } from '../id/maskIdNumber';
import type { DataRow } from '../report/DataRow';
import type { SummarySource } from './Summary';

export interface PoolInput {
  readonly file: string;
  readonly sheet: string;
  readonly rows: readonly DataRow[];
}

/** Where a row came from: file, sheet and Excel row number, as the user sees them. */
export interface RowOrigin {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

/** A person whose 公民身份号码 appears in more than one sheet. Holds the masked number only. */
export interface DuplicatePerson {
  /** 姓名 at the first appearance that has one. */
  readonly name?: string;
  /** e.g. `110105********002X` (`maskIdNumber`). */
  readonly maskedId: string;
  /** Every appearance, in input order; the first is the one counted. */
  readonly occurrences: readonly RowOrigin[];
}

export interface Pool {
  readonly rows: readonly DataRow[];
  readonly sources: SummarySource[];
  readonly duplicates: readonly DuplicatePerson[];
}

const idShape = /^\d{17}[\dX]$/;

function idOf(row: DataRow): string | undefined {
  const value = row.values['idNumber'];
  if (typeof value !== 'string') return undefined;
  const id = value.trim().toUpperCase();
  return idShape.test(id) ? id : undefined;
}

function nameOf(row: DataRow): string | undefined {
  const value = row.values['name'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Pools the rows of several sheets (a folder of branch uploads) into one county roster. A person whose
 * 公民身份号码 (18 characters, checksum or not) appears in more than one sheet is counted once, at the
 * first appearance in input order, and reported; counting a member twice is the classic mistake when
 * pooling uploads. Repeats inside a single sheet are left as they are: the check's 重复 rule reports them.
 */
export function poolSheets(inputs: readonly PoolInput[]): Pool {
  const sources = inputs.map((input) => ({ file: input.file, sheet: input.sheet, rows: input.rows.length }));
  // One sheet has no other sheet to repeat a person from, and a city's roster is often one sheet: its
  // rows are the pool as they are, with no copy of a 500,000-row list.
  const [only] = inputs;
  if (only !== undefined && inputs.length === 1) return { rows: only.rows, sources, duplicates: [] };
  const seen = new Map<string, { source: number; origins: RowOrigin[]; name: string | undefined }>();
  const rows: DataRow[] = [];
  inputs.forEach((input, source) => {
    for (const row of input.rows) {
      const id = idOf(row);
      const origin = { file: input.file, sheet: input.sheet, row: row.row };
      const earlier = id === undefined ? undefined : seen.get(id);
      if (id !== undefined && earlier === undefined) seen.set(id, { source, origins: [origin], name: nameOf(row) });
      if (earlier !== undefined) {
        earlier.origins.push(origin);
        earlier.name ??= nameOf(row);
      }
      if (earlier === undefined || earlier.source === source) rows.push(row);
    }
  });
  const duplicates: DuplicatePerson[] = [];
  for (const [id, { origins, name }] of seen) {
    if (origins.length < 2) continue;
    const sheets = new Set(origins.map((o) => `${o.file}\u0000${o.sheet}`));
    if (sheets.size < 2) continue;
    duplicates.push({ ...(name === undefined ? {} : { name }), maskedId: maskIdNumber(id), occurrences: origins });
  }
  return { rows, sources, duplicates };
}
