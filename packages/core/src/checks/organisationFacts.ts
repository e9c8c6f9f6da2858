import { addYears, dateOfDay, firstDay } from '../dates/dateMath';
import { precisionOf, type PartialDate } from '../dates/PartialDate';
import { organisationKind, organisationKinds, type OrganisationKind, termYears } from '../codes/organisationKinds';
import type { FieldValue } from '../report/DataRow';
import { usableDate, usableText, type CheckedValues } from './usableValues';

/** The kind the template's `derive` read off 组织类别 or the name. */
export function kindOf(row: CheckedValues): OrganisationKind | undefined {
  const kind = row.values['kind'];
  return organisationKinds.find((candidate) => candidate === kind);
}

/** Adds `kind`: from the 组织类别 cell when it names one, else from the full name (RULES.md §6.3). */
export function withOrganisationKind(values: Readonly<Record<string, FieldValue>>): Readonly<Record<string, FieldValue>> {
  const type = values['orgType'];
  const name = values['orgName'];
  const kind = (typeof type === 'string' ? organisationKind(type) : undefined) ?? (typeof name === 'string' ? organisationKind(name) : undefined);
  return kind === undefined ? values : { ...values, kind };
}

export interface ElectionDue {
  /** The date the current term began: 上次换届时间, or 成立时间 when there has been no election since. */
  readonly start: PartialDate;
  readonly startField: 'lastElection' | 'foundedDate';
  readonly years: number;
  /** When the next 换届 is due, at the precision of `start`. */
  readonly due: PartialDate;
}

/**
 * When an organisation's next 换届 falls due (中办《关于党的基层组织任期的意见》, RULES.md §5.2), or
 * undefined when its kind has no fixed term or no start date is known.
 */
export function electionDue(row: CheckedValues): ElectionDue | undefined {
  const kind = kindOf(row);
  const name = usableText(row, 'orgName') ?? '';
  const years = kind === undefined ? undefined : termYears(kind, name);
  const last = usableDate(row, 'lastElection');
  const start = last ?? usableDate(row, 'foundedDate');
  if (years === undefined || start === undefined) return undefined;
  const due = precisionOf(start) === 'day' ? dateOfDay(addYears(firstDay(start), years)) : { ...start, year: start.year + years };
  return { start, startField: last === undefined ? 'foundedDate' : 'lastElection', years, due };
}
