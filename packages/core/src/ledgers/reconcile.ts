import { kindOf } from '../checks/organisationFacts';
import { payerKey } from '../checks/paymentMonths';
import { usableDate, usableNumber, usableText } from '../checks/usableValues';
import { organisationKey } from '../codes/organisationKey';
import { firstDay, formatDate, lastDay } from '../dates/dateMath';
import { columnLetter } from '../grid/columnLetter';
import { formatMessage } from '../messages/formatMessage';
import type { DataRow } from '../report/DataRow';
import type { RuleCode, RuleParams } from '../report/Finding';
import type { ColumnMapping, Issue } from '../report/Issue';
import type { SummaryTable, SummaryTableRow } from '../summary/Summary';
import { totalLabel } from '../summary/tableLabels';
import { builtInTemplates } from '../templates/builtInTemplates';
import { developmentStageOf } from './developmentStageOf';

/** One checked sheet taking part: what `checkGrid` gave for it. */
export interface ReconcileSheet {
  readonly file?: string;
  readonly sheet: string;
  /** The template the sheet was checked as (`SheetReport.template`): roster, organisation, development, dues or dues-payments. */
  readonly template: string;
  readonly rows: readonly DataRow[];
  /** Where each field's column is (`SheetReport.columns`), so issues name the right cell; column A without it. */
  readonly columns?: readonly ColumnMapping[];
}

export interface SheetIssues {
  readonly file?: string;
  readonly sheet: string;
  readonly issues: readonly Issue[];
}

export interface ReconcileResult {
  /** The issues found, per input sheet and in the same order, on the sheet where the fix belongs. */
  readonly sheets: readonly SheetIssues[];
  readonly table: SummaryTable;
}

interface Located {
  readonly sheet: number;
  readonly row: DataRow;
}

interface Member extends Located {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly branch: string | undefined;
  readonly category: string | undefined;
}

/** Kinds of 党组织 that members belong to directly, so the roster should list some. */
const memberKinds = new Set(['党支部', '联合党支部', '临时党组织']);
const byName = new Intl.Collator('zh-CN', { numeric: true });
const NOT_AVAILABLE = '—';

function fieldLabel(template: string, field: string): string {
  return builtInTemplates.find((candidate) => candidate.id === template)?.fields.find((spec) => spec.id === field)?.label ?? field;
}

/** An index of the roster's members by ID and by name, matching a person from another ledger. */
function memberIndex(members: readonly Member[]): (row: DataRow) => Member | undefined {
  const byId = new Map<string, Member>();
  const byPersonName = new Map<string, Member[]>();
  for (const member of members) {
    if (member.id !== undefined && !byId.has(member.id)) byId.set(member.id, member);
    if (member.name !== undefined) byPersonName.set(member.name, [...(byPersonName.get(member.name) ?? []), member]);
  }
  return (row) => {
    const id = usableText(row, 'idNumber');
    const name = usableText(row, 'name');
    const found = id === undefined ? undefined : byId.get(id);
    if (found !== undefined || name === undefined) return found;
    // By name only when the name is unique and, if this row has an ID, the roster has none to compare.
    const namesakes = byPersonName.get(name) ?? [];
    const only = namesakes.length === 1 ? namesakes[0] : undefined;
    return only !== undefined && (id === undefined || only.id === undefined) ? only : undefined;
  };
}

/**
 * Checks several ledgers of one unit against each other (issue 5): roster ↔ 党组织台账 (each branch's
 * members against 党员数 / 正式党员数, branches in one and not the other, names compared by
 * `organisationKey`), roster ↔ 党费 (members with no dues row and dues rows for people not in the roster,
 * by 公民身份号码, else by a unique name) and roster ↔ 发展党员台账 (预备党员 in one and not the other, or
 * recorded differently). Each problem is an issue on the sheet where the fix belongs; the table gives the
 * figures per branch. Ledgers absent from the input are not compared.
 */
export function reconcile(sheets: readonly ReconcileSheet[]): ReconcileResult {
  const issues: Issue[][] = sheets.map(() => []);
  // Every reconciliation finding is a warning: the ledgers disagree, and which one is wrong needs a person.
  const add = <C extends RuleCode>(at: Located, field: string, code: C, params: RuleParams[C]) => {
    const source = sheets[at.sheet];
    if (source === undefined) return;
    const mapping = source.columns?.find((column) => column.field === field);
    const header = mapping?.header ?? fieldLabel(source.template, field);
    issues[at.sheet]?.push({
      row: at.row.row,
      column: mapping?.column ?? columnLetter(1),
      header,
      field,
      rule: code,
      severity: 'warning',
      message: formatMessage(code, params, header, 'zh-CN'),
      params,
    });
  };
  const rowsOf = (...templates: string[]): Located[] =>
    sheets.flatMap((source, sheet) => (templates.includes(source.template) ? source.rows.map((row) => ({ sheet, row })) : []));
  const hasMapping = (sheet: number, field: string) => sheets[sheet]?.columns?.some((column) => column.field === field) === true;

  const members: Member[] = rowsOf('roster').map((at) => ({
    ...at,
    id: usableText(at.row, 'idNumber'),
    name: usableText(at.row, 'name'),
    branch: usableText(at.row, 'branch'),
    category: usableText(at.row, 'category'),
  }));
  const organisations = rowsOf('organisation');
  const dues = rowsOf('dues', 'dues-payments');
  const development = rowsOf('development');
  const hasRoster = sheets.some((source) => source.template === 'roster');
  const findMember = memberIndex(members);
  const personField = (at: Located) => (usableText(at.row, 'idNumber') === undefined ? 'name' : 'idNumber');

  interface Branch {
    display: string;
    members: Member[];
    organisation?: Located;
    noDues: number;
    developmentProbationary: number;
  }
  const branches = new Map<string, Branch>();
  const branchFor = (name: string): Branch => {
    const key = organisationKey(name);
    const found = branches.get(key) ?? { display: name, members: [], noDues: 0, developmentProbationary: 0 };
    branches.set(key, found);
    return found;
  };
  for (const member of members) if (member.branch !== undefined) branchFor(member.branch).members.push(member);

  const hasOrganisations = hasRoster && sheets.some((source) => source.template === 'organisation');
  if (hasOrganisations) {
    for (const at of organisations) {
      const name = usableText(at.row, 'orgName');
      if (name === undefined) continue;
      const key = organisationKey(name);
      const group = branches.get(key);
      if (group === undefined) {
        if (memberKinds.has(kindOf(at.row) ?? '')) {
          branchFor(name).organisation = at;
          add(at, 'orgName', 'reconcile.organisationNoMembers', {});
        }
        continue;
      }
      group.organisation = at;
      const stated = usableNumber(at.row, 'members');
      if (stated !== undefined && stated !== group.members.length) add(at, 'members', 'reconcile.memberCount', { stated, counted: group.members.length });
      const statedFull = usableNumber(at.row, 'fullMembers');
      const full = group.members.filter((member) => member.category === '正式党员').length;
      const allKnown = group.members.every((member) => member.category !== undefined);
      if (statedFull !== undefined && allKnown && statedFull !== full) add(at, 'fullMembers', 'reconcile.memberCount', { stated: statedFull, counted: full });
    }
    for (const group of branches.values()) {
      const first = group.members[0];
      if (group.organisation === undefined && first !== undefined) {
        add(first, 'branch', 'reconcile.branchUnknown', { branch: group.display, members: group.members.length });
      }
    }
  }

  const hasDues = hasRoster && dues.length > 0;
  if (hasDues) {
    const paying = new Set<Member>();
    const reported = new Set<string>();
    for (const at of dues) {
      const member = findMember(at.row);
      if (member !== undefined) {
        paying.add(member);
        continue;
      }
      const key = `${at.sheet}|${payerKey(at.row) ?? at.row.row}`;
      if (!reported.has(key)) add(at, personField(at), 'reconcile.unknownPayer', {});
      reported.add(key);
    }
    for (const member of members.filter((candidate) => !paying.has(candidate))) {
      add(member, personField(member), 'reconcile.noDuesRow', {});
      if (member.branch !== undefined) branchFor(member.branch).noDues += 1;
    }
  }

  const hasDevelopment = hasRoster && development.length > 0;
  if (hasDevelopment) {
    const recorded = new Set<Member>();
    for (const at of development) {
      const member = findMember(at.row);
      const stage = developmentStageOf(at.row);
      if (member !== undefined) recorded.add(member);
      if (stage === '预备党员') {
        const branch = usableText(at.row, 'branch');
        if (branch !== undefined) branchFor(branch).developmentProbationary += 1;
      }
      if (stage !== '预备党员' && stage !== '正式党员') continue;
      if (member === undefined) {
        if (stage === '预备党员') add(at, 'name', 'reconcile.probationaryNotInRoster', {});
        continue;
      }
      const stageField = hasMapping(at.sheet, 'stage') ? 'stage' : 'joinDate';
      if (member.category !== undefined && member.category !== stage) {
        add(at, stageField, 'reconcile.categoryMismatch', { development: stage, roster: member.category });
      }
      const joined = usableDate(at.row, 'joinDate');
      const rosterJoined = usableDate(member.row, 'joinDate');
      if (joined !== undefined && rosterJoined !== undefined) {
        if (lastDay(joined) < firstDay(rosterJoined) || lastDay(rosterJoined) < firstDay(joined)) {
          add(at, 'joinDate', 'reconcile.joinDateMismatch', { development: formatDate(joined), roster: formatDate(rosterJoined) });
        }
      }
    }
    for (const member of members.filter((candidate) => candidate.category === '预备党员' && !recorded.has(candidate))) {
      add(member, 'category', 'reconcile.probationaryNotInDevelopment', {});
    }
  }

  const table = reconciliationTable([...branches.values()], { roster: hasRoster, organisations: hasOrganisations, dues: hasDues, development: hasDevelopment });
  return {
    sheets: sheets.map((source, index) => ({
      ...(source.file === undefined ? {} : { file: source.file }),
      sheet: source.sheet,
      issues: (issues[index] ?? []).sort((a, b) => a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column)),
    })),
    table,
  };
}

interface BranchFigures {
  readonly display: string;
  readonly members: readonly Member[];
  readonly organisation?: Located;
  readonly noDues: number;
  readonly developmentProbationary: number;
}

function reconciliationTable(
  branches: readonly BranchFigures[],
  present: { roster: boolean; organisations: boolean; dues: boolean; development: boolean },
): SummaryTable {
  const line = (group: BranchFigures): SummaryTableRow => {
    const org = group.organisation?.row;
    const stated = org === undefined ? undefined : usableNumber(org, 'members');
    const statedFull = org === undefined ? undefined : usableNumber(org, 'fullMembers');
    const full = group.members.filter((member) => member.category === '正式党员').length;
    const probationary = group.members.filter((member) => member.category === '预备党员').length;
    const status: string[] = [];
    if (present.organisations) {
      if (org === undefined) status.push('党组织台账中没有');
      else if (group.members.length === 0) status.push('花名册中没有');
      else {
        if (stated !== undefined && stated !== group.members.length) status.push('党员数不符');
        if (statedFull !== undefined && statedFull !== full) status.push('正式党员数不符');
      }
    }
    if (present.dues && group.noDues > 0) status.push('有党员无党费记录');
    if (present.development && probationary !== group.developmentProbationary) status.push('预备党员人数不符');
    return {
      label: group.display,
      values: {
        rosterMembers: group.members.length,
        statedMembers: stated ?? NOT_AVAILABLE,
        rosterFull: full,
        statedFull: statedFull ?? NOT_AVAILABLE,
        noDues: present.dues ? group.noDues : NOT_AVAILABLE,
        rosterProbationary: probationary,
        developmentProbationary: present.development ? group.developmentProbationary : NOT_AVAILABLE,
        status: status.length === 0 ? '一致' : status.join('；'),
      },
    };
  };
  const rows = [...branches].sort((a, b) => byName.compare(a.display, b.display)).map(line);
  const sum = (key: string) => rows.reduce((total, row) => total + (typeof row.values[key] === 'number' ? Number(row.values[key]) : 0), 0);
  const totalOf = (key: string, shown: boolean) => (shown ? sum(key) : NOT_AVAILABLE);
  return {
    id: 'reconciliation',
    title: '台账间核对',
    columns: [
      { key: 'label', label: '党支部', format: 'text' },
      { key: 'rosterMembers', label: '花名册人数', format: 'count' },
      { key: 'statedMembers', label: '党组织台账党员数', format: 'count' },
      { key: 'rosterFull', label: '花名册正式党员', format: 'count' },
      { key: 'statedFull', label: '党组织台账正式党员数', format: 'count' },
      { key: 'noDues', label: '无党费记录', format: 'count' },
      { key: 'rosterProbationary', label: '花名册预备党员', format: 'count' },
      { key: 'developmentProbationary', label: '发展台账预备党员', format: 'count' },
      { key: 'status', label: '核对结果', format: 'text' },
    ],
    rows,
    total: {
      label: totalLabel,
      values: {
        rosterMembers: totalOf('rosterMembers', present.roster),
        statedMembers: totalOf('statedMembers', present.organisations),
        rosterFull: totalOf('rosterFull', present.roster),
        statedFull: totalOf('statedFull', present.organisations),
        noDues: totalOf('noDues', present.dues),
        rosterProbationary: totalOf('rosterProbationary', present.roster),
        developmentProbationary: totalOf('developmentProbationary', present.development),
        status: '',
      },
    },
  };
}
