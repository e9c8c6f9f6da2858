import { describe, expect, it } from '@jest/globals';
import { rowContext } from '../testing/rowContext';
import { activistPeriod } from './activistPeriod';
import { applicantAge } from './applicantAge';
import { developmentDateOrder } from './developmentDateOrder';
import { developmentProbation } from './developmentProbation';
import { developmentStage } from './developmentStage';
import { talkWithinMonth } from './talkWithinMonth';
import { trainingHours } from './trainingHours';

const codes = (findings: readonly { code: string; field: string }[]) => findings.map((finding) => `${finding.field} ${finding.code}`);
const allDates = ['applicationDate', 'talkDate', 'activistDate', 'candidateDate', 'joinDate', 'confirmDate'];

describe('applicantAge (细则第五条)', () => {
  it('accepts an application on the 18th birthday and flags one the day before', () => {
    expect(applicantAge(rowContext({ birthDate: { year: 2006, month: 9, day: 1 }, applicationDate: { year: 2024, month: 9, day: 1 } }))).toEqual([]);
    expect(applicantAge(rowContext({ birthDate: { year: 2006, month: 9, day: 1 }, applicationDate: { year: 2024, month: 8, day: 31 } }))).toEqual([
      { code: 'development.applicantUnder18', params: { age: 17 }, field: 'applicationDate', rowIndex: 4, severity: 'error' },
    ]);
  });
});

describe('talkWithinMonth (细则第七条)', () => {
  const applied = { year: 2026, month: 3, day: 10 };
  it('accepts a talk within a month and warns about a later one', () => {
    expect(talkWithinMonth(rowContext({ applicationDate: applied, talkDate: { year: 2026, month: 4, day: 10 } }))).toEqual([]);
    expect(talkWithinMonth(rowContext({ applicationDate: applied, talkDate: { year: 2026, month: 4, day: 11 } }))).toEqual([
      { code: 'development.talkLate', params: { applied: '2026-03-10', talked: '2026-04-11' }, field: 'talkDate', rowIndex: 4, severity: 'warning' },
    ]);
  });
  it('gives a month-precision talk the benefit of the doubt', () => {
    expect(talkWithinMonth(rowContext({ applicationDate: applied, talkDate: { year: 2026, month: 4 } }))).toEqual([]);
  });
  it('warns about a blank 谈话时间 once the month is over, and only when the sheet has the column', () => {
    expect(codes(talkWithinMonth(rowContext({ applicationDate: applied }, { mapped: ['applicationDate', 'talkDate'] })))).toEqual(['talkDate development.talkMissing']);
    expect(talkWithinMonth(rowContext({ applicationDate: { year: 2026, month: 11, day: 1 } }, { mapped: ['applicationDate', 'talkDate'] }))).toEqual([]);
    expect(talkWithinMonth(rowContext({ applicationDate: applied }))).toEqual([]);
  });
});

describe('activistPeriod (细则第十三条)', () => {
  it('wants a year from 积极分子 to 发展对象', () => {
    expect(activistPeriod(rowContext({ activistDate: { year: 2024, month: 5, day: 20 }, candidateDate: { year: 2025, month: 5, day: 20 } }))).toEqual([]);
    expect(activistPeriod(rowContext({ activistDate: { year: 2024, month: 5, day: 20 }, candidateDate: { year: 2025, month: 3, day: 1 } }))).toEqual([
      { code: 'development.activistTooShort', params: { activist: '2024-05-20', candidate: '2025-03-01' }, field: 'candidateDate', rowIndex: 4, severity: 'error' },
    ]);
    expect(activistPeriod(rowContext({ activistDate: { year: 2024, month: 5 }, candidateDate: { year: 2025, month: 5 } }))).toEqual([]);
  });
});

describe('developmentDateOrder', () => {
  it('accepts the stages in order', () => {
    const row = rowContext({
      applicationDate: { year: 2022, month: 3, day: 1 },
      talkDate: { year: 2022, month: 3, day: 20 },
      activistDate: { year: 2022, month: 9, day: 1 },
      candidateDate: { year: 2023, month: 10, day: 1 },
      joinDate: { year: 2024, month: 6, day: 28 },
      confirmDate: { year: 2025, month: 6, day: 28 },
    });
    expect(developmentDateOrder(row)).toEqual([]);
  });
  it('flags a date before the nearest earlier one filled in, and a talk before the application', () => {
    const row = rowContext({
      applicationDate: { year: 2022, month: 3, day: 1 },
      talkDate: { year: 2022, month: 2, day: 20 },
      candidateDate: { year: 2021, month: 10, day: 1 },
      joinDate: { year: 2024, month: 6 },
    });
    expect(developmentDateOrder(row)).toEqual([
      {
        code: 'development.dateOrder',
        params: { previous: '提交入党申请书时间', previousDate: '2022-03-01', date: '2022-02-20' },
        field: 'talkDate',
        rowIndex: 4,
        severity: 'error',
      },
      {
        code: 'development.dateOrder',
        params: { previous: '提交入党申请书时间', previousDate: '2022-03-01', date: '2021-10-01' },
        field: 'candidateDate',
        rowIndex: 4,
        severity: 'error',
      },
    ]);
  });
});

describe('developmentStage', () => {
  const dates = { applicationDate: { year: 2024, month: 3, day: 1 }, activistDate: { year: 2024, month: 9, day: 1 } };
  it('agrees with the latest date filled in', () => {
    expect(developmentStage(rowContext({ ...dates, stage: '入党积极分子' }, { mapped: [...allDates, 'stage'] }))).toEqual([]);
  });
  it('flags a stage behind the dates, and one ahead of a blank date column', () => {
    expect(developmentStage(rowContext({ ...dates, stage: '入党申请人' }, { mapped: [...allDates, 'stage'] }))).toEqual([
      { code: 'development.stageMismatch', params: { stage: '入党申请人', expected: '入党积极分子' }, field: 'stage', rowIndex: 4, severity: 'error' },
    ]);
    expect(codes(developmentStage(rowContext({ ...dates, stage: '发展对象' }, { mapped: [...allDates, 'stage'] })))).toEqual(['stage development.stageMismatch']);
  });
  it('trusts a stage ahead of the dates when the sheet has no column for the missing date', () => {
    expect(developmentStage(rowContext({ ...dates, stage: '发展对象' }, { mapped: ['applicationDate', 'activistDate', 'stage'] }))).toEqual([]);
  });
});

describe('developmentProbation (预备期 as in the roster)', () => {
  it('wants 转正 one to two years after 入党', () => {
    expect(developmentProbation(rowContext({ joinDate: { year: 2024, month: 6, day: 28 }, confirmDate: { year: 2025, month: 6, day: 28 } }))).toEqual([]);
    expect(codes(developmentProbation(rowContext({ joinDate: { year: 2024, month: 6, day: 28 }, confirmDate: { year: 2025, month: 1, day: 10 } })))).toEqual([
      'confirmDate probation.confirmTiming',
    ]);
  });
  it('flags a 预备党员 overdue for 转正 at the 入党时间 cell', () => {
    expect(developmentProbation(rowContext({ joinDate: { year: 2025, month: 6, day: 1 }, stage: '预备党员' }))).toEqual([
      { code: 'probation.overdue', params: { joined: '2025-06-01', months: 17 }, field: 'joinDate', rowIndex: 4, severity: 'warning' },
    ]);
    expect(codes(developmentProbation(rowContext({ joinDate: { year: 2024, month: 6, day: 1 } }, { mapped: ['joinDate', 'confirmDate'] })))).toEqual([
      'joinDate probation.expired',
    ]);
  });
  it('leaves a row alone when nothing says it is still 预备', () => {
    expect(developmentProbation(rowContext({ joinDate: { year: 2024, month: 6, day: 1 } }))).toEqual([]);
  });
});

describe('trainingHours (细则第十七条)', () => {
  it('warns about less than 24 hours', () => {
    expect(trainingHours(rowContext({ trainingHours: 24 }))).toEqual([]);
    expect(trainingHours(rowContext({ trainingHours: 16 }))).toEqual([
      { code: 'development.trainingShort', params: { hours: 16 }, field: 'trainingHours', rowIndex: 4, severity: 'warning' },
    ]);
  });
});
