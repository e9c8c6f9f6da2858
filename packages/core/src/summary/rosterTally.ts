import type { PartialDate } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';
import { rowFacts, type RowFacts } from './rowFacts';
import { countIntoFigures, emptyRosterFigures, type RosterFigures } from './rosterFigures';

/** What the roster summary counts, by 党支部 and by each one-way table's key. */
export interface RosterTally {
  readonly total: RosterFigures;
  readonly branches: ReadonlyMap<string, RosterFigures>;
  /** Members without a usable 所在党支部. */
  readonly unplaced: RosterFigures;
  /** For each key given, how many members have each value; undefined counts those the key cannot place. */
  readonly byKey: readonly ReadonlyMap<string | undefined, number>[];
  readonly noSex: number;
  readonly noCategory: number;
  /** Members with a date used by the summary stated only to the month or year. */
  readonly partialDates: number;
}

/**
 * Counts every row in one pass, keeping nothing of a row once it is counted: a city's roster has
 * 500,000 of them, and a fact object each would outweigh the counts many times over.
 */
export function tallyRoster(rows: Iterable<DataRow>, asOf: PartialDate, keys: readonly ((fact: RowFacts) => string | undefined)[]): RosterTally {
  const total = emptyRosterFigures();
  const unplaced = emptyRosterFigures();
  const branches = new Map<string, RosterFigures>();
  const byKey = keys.map(() => new Map<string | undefined, number>());
  let noSex = 0;
  let noCategory = 0;
  let partialDates = 0;
  for (const row of rows) {
    const fact = rowFacts(row, asOf);
    countIntoFigures(total, fact, asOf.year);
    countIntoFigures(fact.branch === undefined ? unplaced : figuresOf(branches, fact.branch), fact, asOf.year);
    keys.forEach((key, index) => {
      const counts = byKey[index];
      const value = key(fact);
      counts?.set(value, (counts.get(value) ?? 0) + 1);
    });
    if (fact.sex === undefined) noSex += 1;
    if (fact.category === undefined) noCategory += 1;
    if (fact.partialDates) partialDates += 1;
  }
  return { total, branches, unplaced, byKey, noSex, noCategory, partialDates };
}

function figuresOf(branches: Map<string, RosterFigures>, branch: string): RosterFigures {
  const known = branches.get(branch);
  if (known !== undefined) return known;
  const figures = emptyRosterFigures();
  branches.set(branch, figures);
  return figures;
}
