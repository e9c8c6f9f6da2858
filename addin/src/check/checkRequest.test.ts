import { describe, expect, it } from '@jest/globals';
import { volunteerGrid, volunteerTemplateJson } from '../../../packages/core/src/testing/volunteerLedger';
import { parseCustomTemplate } from '@taizhang/core';
import type { CheckRequest } from './CheckRunner';
import { checkRequest } from './checkRequest';

const asOf = { year: 2025, month: 6, day: 30 };
const parsed = parseCustomTemplate(volunteerTemplateJson);
if (!parsed.ok) throw new Error('the volunteer template is valid');
const volunteer = parsed.definition;

describe('checkRequest with the user\'s templates', () => {
  it('sends the definition, which a worker can receive, and checks a sheet no built-in template knows', () => {
    const request: CheckRequest = { grid: volunteerGrid(), asOf, customTemplates: [volunteer] };
    expect(structuredClone(request)).toEqual(request);
    const { report } = checkRequest(structuredClone(request));
    expect(report.template).toBe('volunteer-service');
    // Rows 4–12 each carry a planted problem; row 3 shares its ID number with row 9.
    expect([...new Set(report.issues.map((issue) => issue.row))].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(checkRequest({ grid: volunteerGrid(), asOf }).report.template).toBeNull();
  });

  it('lets the last of two templates with one id win, as the one being edited wins over the saved one', () => {
    const renamed = { ...volunteer, name: '改过的志愿服务台账' };
    const fewer = { ...volunteer, fields: volunteer.fields.filter((field) => field.id !== 'hours'), rules: [] };
    const { report } = checkRequest({ grid: volunteerGrid(), asOf, customTemplates: [renamed, fewer], templateId: 'volunteer-service' });
    expect(report.columns.map((column) => column.field)).not.toContain('hours');
  });

  it('refuses a bad template, naming the field', () => {
    const bad = { ...volunteer, fields: [{ id: 'hours', label: '服务时长', type: 'number' as const, min: 5, max: 1 }] };
    expect(() => checkRequest({ grid: volunteerGrid(), asOf, customTemplates: [bad] })).toThrow(/fields\[0\]/);
  });
});
