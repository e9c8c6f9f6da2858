/**
 * What a rule found, as plain data: a stable dotted code and the values needed to explain it. Rules
 * never write message text; `messages/` turns codes into zh-CN or English at the edge.
 */
export interface RuleParams {
  'cell.error': { readonly value: string };
  'text.whitespace': Record<string, never>;
  'text.fullWidth': Record<string, never>;
  'column.missing': { readonly label: string };
  'field.required': Record<string, never>;
  'field.enum': { readonly allowed: string };
  'field.alias': { readonly canonical: string };
  'field.pattern': { readonly expected: string };
  'field.number': Record<string, never>;
  'field.range': { readonly min: string; readonly max: string };
  'date.invalid': { readonly value: string };
  'date.text': Record<string, never>;
  'date.ambiguousNumber': { readonly value: string };
  'date.future': { readonly asOf: string };
  'date.beforeBirth': { readonly birth: string };
  // Rules a custom template references (issue 6).
  'date.order': { readonly earlier: string; readonly earlierDate: string; readonly date: string };
  'age.under': { readonly age: number; readonly years: number };
  'id.length': { readonly length: number };
  'id.characters': Record<string, never>;
  'id.precisionLost': Record<string, never>;
  'id.province': { readonly prefix: string };
  'id.birthDate': { readonly segment: string };
  'id.checksum': { readonly expected: string; readonly actual: string };
  'id.lowercaseX': Record<string, never>;
  'id.legacy15': Record<string, never>;
  'id.sexMismatch': { readonly idSex: string; readonly sex: string };
  'id.birthMismatch': { readonly idBirth: string; readonly birth: string };
  'age.joinUnder18': { readonly age: number };
  'probation.confirmMissing': Record<string, never>;
  'probation.confirmNotAllowed': Record<string, never>;
  'probation.confirmTiming': { readonly joined: string; readonly confirmed: string };
  'probation.tooEarly': { readonly joined: string; readonly asOf: string };
  'probation.overdue': { readonly joined: string; readonly months: number };
  'probation.expired': { readonly joined: string; readonly months: number };
  'duplicate.id': { readonly firstRow: number };
  'duplicate.person': { readonly firstRow: number };
  'duplicate.value': { readonly firstRow: number };
  'phone.invalid': Record<string, never>;
  // The other ledgers and their reconciliation (issue 5).
  'organisation.typeUnknown': { readonly value: string };
  'organisation.fullExceedsMembers': { readonly fullMembers: number; readonly members: number };
  'organisation.branchTooSmall': { readonly fullMembers: number };
  'organisation.branchTooLarge': { readonly members: number };
  'organisation.electionOverdue': { readonly last: string; readonly due: string; readonly years: number };
  'organisation.duplicate': { readonly firstRow: number; readonly firstName: string };
  'development.applicantUnder18': { readonly age: number };
  'development.talkLate': { readonly applied: string; readonly talked: string };
  'development.talkMissing': { readonly applied: string };
  'development.activistTooShort': { readonly activist: string; readonly candidate: string };
  'development.dateOrder': { readonly previous: string; readonly previousDate: string; readonly date: string };
  'development.stageMismatch': { readonly stage: string; readonly expected: string };
  'development.trainingShort': { readonly hours: number };
  'dues.amountMismatch': { readonly actual: string; readonly expected: string; readonly basis: string };
  'dues.amountMissing': { readonly expected: string; readonly basis: string };
  'dues.negative': Record<string, never>;
  'dues.unpaidRun': { readonly from: string; readonly to: string; readonly months: number };
  'dues.monthRange': { readonly from: string; readonly to: string };
  'meeting.attendanceExceeds': { readonly present: number; readonly onLeave: number; readonly expected: number };
  'meeting.noQuorum': { readonly present: number; readonly expected: number };
  'meeting.outsidePeriod': { readonly from: string; readonly to: string };
  'reconcile.memberCount': { readonly stated: number; readonly counted: number };
  'reconcile.branchUnknown': { readonly branch: string; readonly members: number };
  'reconcile.organisationNoMembers': Record<string, never>;
  'reconcile.noDuesRow': Record<string, never>;
  'reconcile.unknownPayer': Record<string, never>;
  'reconcile.probationaryNotInRoster': Record<string, never>;
  'reconcile.probationaryNotInDevelopment': Record<string, never>;
  'reconcile.categoryMismatch': { readonly development: string; readonly roster: string };
  'reconcile.joinDateMismatch': { readonly development: string; readonly roster: string };
}

export type RuleCode = keyof RuleParams;

export type Severity = 'error' | 'warning' | 'info';

/** A finding located by field and by index into the grid's rows; the caller turns it into an Excel cell. */
export type Finding = {
  [C in RuleCode]: {
    readonly code: C;
    readonly params: RuleParams[C];
    readonly field: string;
    readonly rowIndex: number;
    readonly severity: Severity;
    /** The corrected cell value, only when the correction is certain. */
    readonly fix?: string;
  };
}[RuleCode];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A finding about one cell before the caller adds where it is. */
export type CellFinding = DistributiveOmit<Finding, 'field' | 'rowIndex'>;

/** What a rule returns when it finds nothing: one list shared by every row rather than a new one per row and rule. */
export const noFindings: readonly Finding[] = Object.freeze([]);
