import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import type { Grid } from '../grid/Grid';
import { rosterTemplate } from '../templates/roster';
import { volunteerId } from '../testing/volunteerLedger';
import { buildCustomTemplate } from './buildCustomTemplate';
import { templatesWith } from './templatesWith';

const asOf = { year: 2025, month: 6, day: 30 };

/** A county that writes 同志姓名, 男士 and keeps 党内职务 and 籍贯 in its roster. */
const countyRoster = buildCustomTemplate({
  extends: 'roster',
  fields: [
    { id: 'name', aliases: ['同志姓名'] },
    { id: 'sex', values: [{ value: '男', aliases: ['男士'] }] },
    { id: 'branch', label: '党支部全称' },
    { id: 'post', label: '党内职务', type: 'enum', values: ['书记', '副书记', '委员', '无'] },
    { id: 'nativePlace', label: '籍贯', type: 'text', required: true },
  ],
});

const grid = (rows: Grid['values']): Grid => ({
  sheet: '花名册',
  origin: { row: 1, column: 1 },
  values: [['同志姓名', '性别', '公民身份号码', '人员类别', '所在党支部', '入党时间', '转正时间', '党内职务', '籍贯'], ...rows],
});

describe('buildCustomTemplate extending the roster', () => {
  it('stays the roster, with the built-in fields first and the new columns after them', () => {
    expect(countyRoster.id).toBe('roster');
    expect(countyRoster.rowRules.length).toBe(rosterTemplate.rowRules.length);
    expect(countyRoster.derive).toBe(rosterTemplate.derive);
    expect(countyRoster.fields.map((field) => field.id)).toEqual([...rosterTemplate.fields.map((field) => field.id), 'post', 'nativePlace']);
  });

  it('adds aliases and values to built-in fields, keeping a renamed label as an alias', () => {
    const field = (id: string) => countyRoster.fields.find((candidate) => candidate.id === id);
    expect(field('name')?.aliases).toEqual(['党员姓名', '同志姓名']);
    expect(field('sex')?.options?.[0]).toEqual({ value: '男', aliases: ['男性', 'M', 'm', '男士'] });
    expect(field('branch')).toMatchObject({ label: '党支部全称', required: true });
    expect(field('branch')?.aliases).toContain('所在党支部');
    // The built-in template itself is untouched.
    expect(rosterTemplate.fields.find((candidate) => candidate.id === 'name')?.aliases).toEqual(['党员姓名']);
  });

  it('checks a county roster with its own headers, values and columns, built-in rules included', () => {
    const { report } = checkGrid(
      grid([
        ['王建国', '男士', volunteerId('19850312', '041'), '正式党员', '教育局支部', '2010-07-01', '2011-07-01', '书记', '安徽青禾'],
        ['杨雪', '女', volunteerId('19950909', '048'), '正式党员', '教育局支部', '2012-01-01', '2013-01-01', '支委', null],
      ]),
      { asOf, templates: templatesWith(countyRoster) },
    );
    expect(report.template).toBe('roster');
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}${issue.fix === undefined ? '' : ` → ${issue.fix}`}`)).toEqual([
      'B2 field.alias → 男',
      'F2 date.text → 2010-07-01',
      'G2 date.text → 2011-07-01',
      'F3 date.text → 2012-01-01',
      'F3 age.joinUnder18',
      'G3 date.text → 2013-01-01',
      'H3 field.enum',
      'I3 field.required',
    ]);
  });
});

describe('buildCustomTemplate for a new ledger', () => {
  it('takes the required fields as the signature, or else the first two', () => {
    const withRequired = buildCustomTemplate({
      id: 'pairing',
      name: '结对帮扶台账',
      fields: [
        { id: 'member', label: '党员姓名', type: 'text' },
        { id: 'household', label: '帮扶对象', type: 'text', required: true },
        { id: 'startDate', label: '结对时间', type: 'date', required: true },
      ],
    });
    expect(withRequired).toMatchObject({ name: { 'zh-CN': '结对帮扶台账', en: '结对帮扶台账' }, signature: ['household', 'startDate'], tableRules: [] });
    const withoutRequired = buildCustomTemplate({ id: 'pairing', fields: withRequired.fields.map(({ id, label }) => ({ id, label, type: 'text' as const })) });
    expect(withoutRequired.signature).toEqual(['member', 'household']);
  });
});
