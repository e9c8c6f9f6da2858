import { describe, expect, it } from '@jest/globals';
import { normalized } from '../testing/normalized';
import { normalizePhone } from './normalizePhone';

describe('normalizePhone', () => {
  it.each(['13812345678', '138 1234 5678', '0731-84561234', '(0731)84561234', '010-12345678-123', '13812345678/0731-84561234', '+86 13812345678'])(
    'accepts %s',
    (text) => {
      expect(normalized((found) => normalizePhone(text, found)).findings).toEqual([]);
    },
  );

  it('accepts a mobile number stored as a number', () => {
    expect(normalized((found) => normalizePhone(13812345678, found))).toEqual({ value: '13812345678', findings: [] });
  });

  it('offers full-width digits and hyphens as half-width', () => {
    expect(normalized((found) => normalizePhone('０７３１－８４５６１２３４', found))).toEqual({
      value: '0731-84561234',
      findings: [{ code: 'text.fullWidth', params: {}, severity: 'info', fix: '0731-84561234' }],
    });
  });

  it.each(['84561234', '1381234567', '12812345678', '1861xxxxx311', '无'])('warns on %s', (text) => {
    expect(normalized((found) => normalizePhone(text, found)).findings).toContainEqual({ code: 'phone.invalid', params: {}, severity: 'warning' });
  });
});
