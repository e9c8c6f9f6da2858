import { describe, expect, it } from '@jest/globals';
import { decodeText } from './decodeText';

// "姓名,性别,民族\r\n张三,男,汉族\r\n" as GBK writes it (Excel "CSV" on Chinese Windows).
const gbkRoster = Buffer.from(
  'd0d5c3fb2cd0d4b1f02cc3f1d7e50d0ad5c5c8fd2cc4d02cbabad7e50d0a',
  'hex',
);
const roster = '姓名,性别,民族\r\n张三,男,汉族\r\n';

describe('decodeText', () => {
  it('reads GBK bytes, which are not valid UTF-8, as GB18030', () => {
    expect(decodeText(gbkRoster)).toEqual({ text: roster, encoding: 'gb18030' });
  });

  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(Buffer.from(roster, 'utf8'))).toEqual({ text: roster, encoding: 'utf-8' });
  });

  it('drops the UTF-8 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(roster, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: roster, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(roster, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(le)).toEqual({ text: roster, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: roster, encoding: 'utf-16be' });
  });

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeText(Buffer.from('name,sex\n'))).toEqual({ text: 'name,sex\n', encoding: 'utf-8' });
  });
});
