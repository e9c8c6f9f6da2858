import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseDateText } from './parseDateText';

describe('parseDateText', () => {
  it.each([
    ['1985.03.12', { year: 1985, month: 3, day: 12 }],
    ['1985.3.12', { year: 1985, month: 3, day: 12 }],
    ['1985.3', { year: 1985, month: 3 }],
    ['1985.03', { year: 1985, month: 3 }],
    ['1969.01', { year: 1969, month: 1 }],
    ['1985年3月12日', { year: 1985, month: 3, day: 12 }],
    ['1985年3月', { year: 1985, month: 3 }],
    ['1985年03月12号', { year: 1985, month: 3, day: 12 }],
    ['1985 年 3 月 12 日', { year: 1985, month: 3, day: 12 }],
    ['1985年', { year: 1985 }],
    ['1985/3/12', { year: 1985, month: 3, day: 12 }],
    ['1985/03', { year: 1985, month: 3 }],
    ['1985-03-12', { year: 1985, month: 3, day: 12 }],
    ['1985-3-12', { year: 1985, month: 3, day: 12 }],
    ['1985-03', { year: 1985, month: 3 }],
    ['19850312', { year: 1985, month: 3, day: 12 }],
    ['198503', { year: 1985, month: 3 }],
    ['1985', { year: 1985 }],
    ['2019/2/3  14:30', { year: 2019, month: 2, day: 3 }],
    ['2019-02-03T14:30:00', { year: 2019, month: 2, day: 3 }],
    ['2019-02-03T14:30:00.000Z', { year: 2019, month: 2, day: 3 }],
    ['2019-02-03 08:05', { year: 2019, month: 2, day: 3 }],
    ['2000.02.29', { year: 2000, month: 2, day: 29 }],
    ['1880.01.01', { year: 1880, month: 1, day: 1 }],
    ['１９８５．０３．１２', { year: 1985, month: 3, day: 12 }],
    ['\u3000 1985.03.12\u00a0', { year: 1985, month: 3, day: 12 }],
  ])('%j', (text, expected) => {
    expect(parseDateText(text)).toEqual(expected);
  });

  it.each([
    '',
    '   ',
    '1985.02.30',
    '1985.02.29',
    '1900-02-29',
    '1985.13',
    '1985.00',
    '1985.13.01',
    '1985.1.32',
    '19851301',
    '198513',
    '85.3.12',
    '85年3月',
    '3/12/1985',
    '12.03.1985',
    '1985.03-12',
    '1985..03',
    '1985.03.12.',
    '31120',
    '43499',
    '2958465',
    '123',
    '1899',
    '2101',
    '1799.01',
    '2201年1月',
    '17990101',
    '2019/2/3 25:00',
    '2019/2/3 14:61',
    '2019/2/3 14',
    '1985.3 14:30',
    '不详',
    '1985年左右',
    '约1985年',
    'March 1985',
  ])('%j is not a date', (text) => {
    expect(parseDateText(text)).toBeUndefined();
  });

  it('never throws, and what it returns is a real date in range', () => {
    const dateLike = fc
      .array(fc.constantFrom('1', '9', '8', '5', '0', '3', '2', '.', '/', '-', '年', '月', '日', ' ', ':', 'T', '１', '　'), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), dateLike), (text) => {
        const date = parseDateText(text);
        if (date === undefined) return;
        expect(date.year).toBeGreaterThanOrEqual(1800);
        expect(date.year).toBeLessThanOrEqual(2200);
        if (date.month !== undefined) {
          const probe = new Date(Date.UTC(date.year, date.month - 1, date.day ?? 1));
          expect(probe.getUTCMonth()).toBe(date.month - 1);
        }
      }),
    );
  });

  it('reads back every real date written in each accepted form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true }),
        (value) => {
          const year = value.getUTCFullYear();
          const month = value.getUTCMonth() + 1;
          const day = value.getUTCDate();
          const mm = String(month).padStart(2, '0');
          const dd = String(day).padStart(2, '0');
          for (const text of [`${year}.${month}.${day}`, `${year}-${mm}-${dd}`, `${year}/${month}/${dd}`, `${year}${mm}${dd}`, `${year}年${month}月${day}日`]) {
            expect(parseDateText(text)).toEqual({ year, month, day });
          }
          expect(parseDateText(`${year}.${mm}`)).toEqual({ year, month });
          expect(parseDateText(`${year}${mm}`)).toEqual({ year, month });
        },
      ),
    );
  });

  // Texts are parsed once and remembered: asking again, in any order, must give the same answers.
  it('answers a text the same the second time, dates and non-dates alike, long texts too', () => {
    const long = `${'备注'.repeat(20)}1985.03`;
    const texts = ['1985.03', '不详', '1985年3月12日', ' 1985.03 ', long, '2019/2/3  14:30', '1985.13'];
    const first = texts.map(parseDateText);
    expect([...texts].reverse().map(parseDateText)).toEqual([...first].reverse());
    expect(first).toEqual([{ year: 1985, month: 3 }, undefined, { year: 1985, month: 3, day: 12 }, { year: 1985, month: 3 }, undefined, { year: 2019, month: 2, day: 3 }, undefined]);
    expect(parseDateText('1985.03')).toBe(parseDateText('1985.03'));
  });
});

