import { describe, expect, it } from '@jest/globals';
import type { CellFix } from '@taizhang/core';
import { renderFixLog } from './renderFixLog';

const note: CellFix = {
  sheet: '花名册',
  row: 6,
  column: 'M',
  field: 'note',
  header: '备注',
  rule: 'text.whitespace',
  rules: ['text.whitespace'],
  before: '原身份证341122198503120418 ',
  after: '原身份证341122198503120418',
  kind: 'text',
};

describe('renderFixLog', () => {
  it('masks an ID number inside other text and lists the cells it left alone', () => {
    const text = renderFixLog({
      input: '花名册.xlsx',
      out: '已修正.xlsx',
      outcome: {
        applied: [{ fix: note, entry: { time: '2025-06-30 09:00:00', sheet: '花名册', cell: 'M6', before: note.after + ' ', after: note.after, rule: 'text.whitespace' } }],
        skipped: [{ fix: { ...note, row: 7 }, reason: 'formula' }],
        logSheet: '修改记录',
      },
      isIdCell: () => false,
      remaining: 0,
    });
    expect(text).toBe(
      [
        '花名册.xlsx → 已修正.xlsx',
        '  工作表「花名册」：修正 1 处',
        '    M6    “原身份证341122********0418 ” → “原身份证341122********0418”  去除多余空格',
        '    M7    是公式单元格，未修改',
        '共修正 1 处，修改记录见工作表“修改记录”',
        '',
      ].join('\n'),
    );
  });

  it('says so when there was nothing to fix', () => {
    expect(renderFixLog({ input: 'a.xlsx', out: 'b.xlsx', outcome: { applied: [], skipped: [] }, isIdCell: () => false, remaining: 3 })).toBe(
      'a.xlsx → b.xlsx\n未发现可自动修正的问题，已写出未改动的副本；另有 3 处问题需人工核对（运行 taizhang check b.xlsx 查看）\n',
    );
  });
});
