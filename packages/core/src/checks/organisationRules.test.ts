import { describe, expect, it } from '@jest/globals';
import type { FieldValue } from '../report/DataRow';
import type { RowContext } from '../templates/Template';
import { rowContext } from '../testing/rowContext';
import { branchTooLarge } from './branchTooLarge';
import { branchTooSmall } from './branchTooSmall';
import { duplicateOrganisations } from './duplicateOrganisations';
import { electionOverdue } from './electionOverdue';
import { fullMembersWithinMembers } from './fullMembersWithinMembers';
import { withOrganisationKind } from './organisationFacts';
import { organisationTypeKnown } from './organisationTypeKnown';

/** An organisation row as checkGrid hands it to the rules: `kind` derived from 组织类别 or the name. */
const org = (values: Record<string, FieldValue>, options: Parameters<typeof rowContext>[1] = {}): RowContext =>
  rowContext({ ...withOrganisationKind(values) }, { mapped: Object.keys(values), ...options });

describe('organisationTypeKnown', () => {
  it('is silent when 组织类别 or the full name says the kind', () => {
    expect(organisationTypeKnown(org({ orgName: '某县财政局第一党支部', orgType: '党支部' }))).toEqual([]);
    expect(organisationTypeKnown(org({ orgName: '中共某县财政局机关委员会', orgType: '院系党组织' }))).toEqual([]);
  });
  it('warns at 组织类别 when neither does', () => {
    expect(organisationTypeKnown(org({ orgName: '某县财政局', orgType: '机关单位' }))).toEqual([
      { code: 'organisation.typeUnknown', params: { value: '机关单位' }, field: 'orgType', rowIndex: 4, severity: 'warning' },
    ]);
    expect(organisationTypeKnown(org({ orgName: '某县财政局' }))[0]?.field).toBe('orgName');
  });
});

describe('fullMembersWithinMembers', () => {
  it('flags more 正式党员 than 党员', () => {
    expect(fullMembersWithinMembers(org({ members: 12, fullMembers: 12 }))).toEqual([]);
    expect(fullMembersWithinMembers(org({ members: 12, fullMembers: 21 }))).toEqual([
      { code: 'organisation.fullExceedsMembers', params: { fullMembers: 21, members: 12 }, field: 'fullMembers', rowIndex: 4, severity: 'error' },
    ]);
  });
});

describe('branchTooSmall and branchTooLarge (支部工作条例)', () => {
  it('wants a 党支部 of at least 3 正式党员, and leaves 联合党支部 alone', () => {
    expect(branchTooSmall(org({ orgName: '某县档案馆党支部', members: 4, fullMembers: 2 }))).toEqual([
      { code: 'organisation.branchTooSmall', params: { fullMembers: 2 }, field: 'fullMembers', rowIndex: 4, severity: 'error' },
    ]);
    expect(branchTooSmall(org({ orgName: '某县档案馆党支部', members: 4, fullMembers: 3 }))).toEqual([]);
    expect(branchTooSmall(org({ orgName: '某县档案馆、史志办联合党支部', members: 4, fullMembers: 2 }))).toEqual([]);
    expect(branchTooSmall(org({ orgName: '某县档案馆党支部', members: 2 }))[0]?.field).toBe('members');
  });
  it('warns about a 党支部 of more than 50', () => {
    expect(branchTooLarge(org({ orgName: '某县教育局机关党支部', members: 50 }))).toEqual([]);
    expect(branchTooLarge(org({ orgName: '某县教育局机关党支部', members: 51 }))).toEqual([
      { code: 'organisation.branchTooLarge', params: { members: 51 }, field: 'members', rowIndex: 4, severity: 'warning' },
    ]);
    expect(branchTooLarge(org({ orgName: '某县教育局机关党委', members: 120 }))).toEqual([]);
  });
});

describe('electionOverdue (《关于党的基层组织任期的意见》)', () => {
  // As of 2026-11-22.
  it('gives a 党支部 3 years from its last 换届', () => {
    expect(electionOverdue(org({ orgName: '某县财政局第一党支部', lastElection: { year: 2023, month: 11, day: 22 } }))).toEqual([]);
    expect(electionOverdue(org({ orgName: '某县财政局第一党支部', lastElection: { year: 2023, month: 11, day: 21 } }))).toEqual([
      {
        code: 'organisation.electionOverdue',
        params: { last: '2023-11-21', due: '2026-11-21', years: 3 },
        field: 'lastElection',
        rowIndex: 4,
        severity: 'warning',
      },
    ]);
  });
  it('gives a 党委 5 years, and counts from 成立时间 when there has been no 换届', () => {
    expect(electionOverdue(org({ orgName: '中共某县教育局委员会', lastElection: { year: 2022, month: 3 } }))).toEqual([]);
    expect(electionOverdue(org({ orgName: '中共某县教育局委员会', foundedDate: { year: 2021, month: 10 } }))).toEqual([
      {
        code: 'organisation.electionOverdue',
        params: { last: '2021-10', due: '2026-10', years: 5 },
        field: 'foundedDate',
        rowIndex: 4,
        severity: 'warning',
      },
    ]);
  });
  it('waits out a month-precision due date and leaves 临时 organisations alone', () => {
    expect(electionOverdue(org({ orgName: '某县财政局第一党支部', lastElection: { year: 2023, month: 11 } }))).toEqual([]);
    expect(electionOverdue(org({ orgName: '某项目临时党支部', foundedDate: { year: 2015, month: 1 } }))).toEqual([]);
  });
});

describe('duplicateOrganisations', () => {
  it('finds one organisation listed under two spellings, but not two branches of the same name under different units', () => {
    const rows = [
      org({ orgName: '中共某县财政局支部委员会', parent: '县直机关工委' }),
      org({ orgName: '某县财政局 党支部', parent: '县直机关工委' }),
      org({ orgName: '第一党支部', parent: '某县教育局党委' }),
      org({ orgName: '第一党支部', parent: '某县卫健局党委' }),
    ].map((row, index) => ({ ...row, rowIndex: index + 2 }));
    expect(duplicateOrganisations({ rows, asOf: { year: 2026, month: 11, day: 22 }, rowNumber: (index) => index + 1 })).toEqual([
      { code: 'organisation.duplicate', params: { firstRow: 3, firstName: '中共某县财政局支部委员会' }, field: 'orgName', rowIndex: 3, severity: 'error' },
    ]);
  });
});
