import { describe, expect, it } from '@jest/globals';
import type { CellValue } from '../grid/Grid';
import type { FieldSpec } from '../templates/Template';
import { sampleId } from '../testing/sampleId';
import { normalized } from '../testing/normalized';
import { fieldNormalizer, type FieldNormalizer } from './fieldNormalizer';

const context = { asOf: { year: 2025, month: 6, day: 30 }, dateSystem: 1900 } as const;

const withFindings = (normalize: FieldNormalizer) => (cell: CellValue | undefined) => normalized((found) => normalize(cell, found));

const joinDate: FieldSpec = { id: 'joinDate', label: '入党时间', aliases: [], type: 'date' };
const hours: FieldSpec = { id: 'hours', label: '服务时长', aliases: [], type: 'number', min: 0, max: 12 };
const code: FieldSpec = { id: 'code', label: '党组织代码', aliases: [], type: 'text', pattern: '^\\d{6}$' };
const sex: FieldSpec = { id: 'sex', label: '性别', aliases: [], type: 'enum', options: [{ value: '男', aliases: ['男性'] }, { value: '女', aliases: ['女性'] }] };

describe('fieldNormalizer', () => {
  it('gives blank cells, also white space only, no value and no finding', () => {
    const normalize = withFindings(fieldNormalizer(joinDate, context));
    for (const cell of [undefined, null, '', '   ', '\u3000\t']) expect(normalize(cell)).toEqual({ findings: [] });
  });

  // A zero-width space pasted from a web page or a chat app: the cell looks empty, whatever its column.
  it('gives a cell of only invisible characters no value in every field type, and offers to clear it', () => {
    const types: FieldSpec[] = [
      code,
      sex,
      joinDate,
      hours,
      { id: 'idNumber', label: '公民身份号码', aliases: [], type: 'idNumber' },
      { id: 'phone', label: '联系电话', aliases: [], type: 'phone' },
    ];
    for (const spec of types) {
      for (const cell of ['\u200b', ' \ufeff\u200d\u3000']) {
        expect(withFindings(fieldNormalizer(spec, context))(cell)).toEqual({ value: undefined, findings: [{ code: 'text.whitespace', params: {}, severity: 'info', fix: '' }] });
      }
    }
  });

  it('reports an Excel error value as cell.error, whatever the field type', () => {
    for (const spec of [joinDate, hours, code, sex]) {
      expect(withFindings(fieldNormalizer(spec, context))({ kind: 'error', code: '#REF!' })).toEqual({
        findings: [{ code: 'cell.error', params: { value: '#REF!' }, severity: 'error' }],
      });
    }
  });

  it('normalizes each cell by the field type it was made for', () => {
    expect(withFindings(fieldNormalizer(joinDate, context))('2010.07')).toEqual({ value: { year: 2010, month: 7 }, findings: [] });
    expect(withFindings(fieldNormalizer(joinDate, context))(40360)).toEqual({ value: { year: 2010, month: 7, day: 1 }, findings: [] });
    expect(withFindings(fieldNormalizer(sex, context))('男性')).toEqual({
      value: '男',
      findings: [{ code: 'field.alias', params: { canonical: '男' }, severity: 'info', fix: '男' }],
    });
  });

  it('checks bounds and patterns after normalizing, keeping what normalizing found', () => {
    const normalizeHours = withFindings(fieldNormalizer(hours, context));
    expect(normalizeHours(3.5)).toEqual({ value: 3.5, findings: [] });
    expect(normalizeHours(13).findings).toEqual([{ code: 'field.range', params: { min: '0', max: '12' }, severity: 'error' }]);
    const normalizeCode = withFindings(fieldNormalizer(code, context));
    expect(normalizeCode('341122')).toEqual({ value: '341122', findings: [] });
    expect(normalizeCode(' 34112 ').findings).toEqual([
      { code: 'text.whitespace', params: {}, severity: 'info', fix: '34112' },
      { code: 'field.pattern', params: { expected: '^\\d{6}$' }, severity: 'error' },
    ]);
  });

  it('judges dates against the as-of date of the sheet it was made for', () => {
    const id = sampleId('19900815', '女');
    const idField: FieldSpec = { id: 'idNumber', label: '公民身份号码', aliases: [], type: 'idNumber' };
    const before = withFindings(fieldNormalizer(idField, { asOf: { year: 1990, month: 8, day: 14 }, dateSystem: 1900 }));
    const after = withFindings(fieldNormalizer(idField, { asOf: { year: 1990, month: 8, day: 15 }, dateSystem: 1900 }));
    expect(before(id).findings.map((finding) => finding.code)).toContain('id.birthDate');
    expect(after(id).findings.map((finding) => finding.code)).not.toContain('id.birthDate');
  });
});
