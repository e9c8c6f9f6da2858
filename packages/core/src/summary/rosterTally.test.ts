import { describe, expect, it } from '@jest/globals';
import type { DataRow, FieldValue } from '../report/DataRow';
import { tallyRoster } from './rosterTally';

const asOf = { year: 2025, month: 6, day: 30 };

function row(number: number, values: Record<string, FieldValue>, invalid: readonly string[] = []): DataRow {
  return { row: number, values, invalid: new Set(invalid) };
}

describe('tallyRoster', () => {
  const rows = [
    row(3, { sex: '女', ethnicity: '回族', category: '预备党员', branch: '机关党支部', birthDate: { year: 1995, month: 8, day: 1 }, joinDate: { year: 2025, month: 3, day: 1 } }),
    row(4, { sex: '男', ethnicity: '汉族', category: '正式党员', branch: '机关党支部', birthDate: { year: 1970, month: 1, day: 1 }, joinDate: { year: 1995, month: 7 } }),
    row(5, { sex: '女', ethnicity: '汉族', category: '正式党员', branch: '城东社区党支部', joinDate: { year: 2010, month: 7, day: 1 } }, ['sex']),
    row(6, { ethnicity: '汉族', branch: '  ' }),
  ];
  const tally = tallyRoster(rows, asOf, [(fact) => fact.ethnicity, (fact) => fact.category]);

  it('counts every member into the whole roster and into their branch, or the unplaced when it has none', () => {
    expect(tally.total).toEqual({ members: 4, female: 1, ethnicMinority: 1, probationary: 1, age35AndUnder: 1, collegeOrAbove: 0, newMembersThisYear: 1 });
    expect([...tally.branches.keys()]).toEqual(['机关党支部', '城东社区党支部']);
    expect(tally.branches.get('机关党支部')).toMatchObject({ members: 2, female: 1, probationary: 1 });
    expect(tally.branches.get('城东社区党支部')).toMatchObject({ members: 1, female: 0 });
    expect(tally.unplaced.members).toBe(1);
  });

  it('counts each key\'s values, and the members it cannot place under undefined', () => {
    expect(tally.byKey[0]).toEqual(new Map([['回族', 1], ['汉族', 3]]));
    expect(tally.byKey[1]).toEqual(new Map([['预备党员', 1], ['正式党员', 2], [undefined, 1]]));
  });

  it('counts the members the notes speak of', () => {
    expect(tally.noSex).toBe(2);
    expect(tally.noCategory).toBe(1);
    expect(tally.partialDates).toBe(1);
  });
});
