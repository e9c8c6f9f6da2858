import { describe, expect, it } from '@jest/globals';
import { normalizePhone } from './normalizePhone';

describe('normalizePhone', () => {
  it.each(['13812345678', '138 1234 5678', '0731-84561234', '(0731)84561234', '010-12345678-123', '13812345678/0731-84561234', '+86 13812345678'])(
    'accepts %s',
    (text) => {
      expect(normalizePhone(text).findings).toEqual([]);
    },
  );

  it('accepts a mobile number stored as a number', () => {
    expect(normalizePhone(13812345678)).toEqual({ value: '13812345678', findings: [] });
  });

  it('offers full-width digits and hyphens as half-width', () => {
    expect(normalizePhone('０７３１－８４５６１２３４')).toEqual({
      value: '0731-84561234',
      findings: [{ code: 'text.fullWidth', params: {}, severity: 'info', fix: '0731-84561234' }],
    });
  });

  it.each(['84561234', '1381234567', '12812345678', '1861xxxxx311', '无'])('warns on %s', (text) => {
    expect(normalizePhone(text).findings).toContainEqual({ code: 'phone.invalid', params: {}, severity: 'warning' });
  });
});
