import { describe, expect, it } from '@jest/globals';
import { checkGrid } from '../check/checkGrid';
import { en } from './en';
import { formatIssueMessage, formatMessage } from './formatMessage';
import { zhCN } from './zh-CN';

describe('message catalogs', () => {
  it('have the same codes in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('put the header as written and the params into the text', () => {
    expect(formatMessage('id.checksum', { expected: '6', actual: 'X' }, '身份证号', 'zh-CN')).toBe('身份证号校验码错误（末位应为 6，实为 X）：请核对号码');
    expect(formatMessage('id.checksum', { expected: '6', actual: 'X' }, '身份证号', 'en')).toBe(
      '身份证号 has a wrong check character (should be 6, is X): verify the number',
    );
  });

  it('re-localizes an issue from a report', () => {
    const { report } = checkGrid(
      {
        sheet: 'Sheet1',
        origin: { row: 1, column: 1 },
        values: [
          ['姓名', '性别', '公民身份号码', '入党时间', '人员类别', '所在党支部'],
          ['张伟', '男', '11010519491231002X', '1970.07', '正式党员', '一支部'],
        ],
      },
      { asOf: { year: 2026, month: 11, day: 22 } },
    );
    const issue = report.issues.find((candidate) => candidate.rule === 'id.sexMismatch');
    expect(issue?.message).toBe('性别"男"与公民身份号码显示的性别（女）不符');
    expect(issue && formatIssueMessage(issue, 'en')).toBe('性别 "男" does not match the sex in the ID number (女)');
  });
});
