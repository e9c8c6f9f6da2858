import { describe, expect, it } from '@jest/globals';
import { duplicateNotes } from './duplicateNotes';

describe('duplicateNotes', () => {
  it('names the person when known, else only the masked number, and every place', () => {
    expect(
      duplicateNotes([
        {
          maskedId: '341122********3019',
          occurrences: [
            { file: '乡镇1.xlsx', sheet: '花名册', row: 7 },
            { file: '乡镇1.xlsx', sheet: '预备党员', row: 3 },
            { file: '乡镇2.xlsx', sheet: '花名册', row: 9 },
          ],
        },
      ]),
    ).toEqual(['341122********3019出现在 3 处：乡镇1.xlsx「花名册」第7行；乡镇1.xlsx「预备党员」第3行；乡镇2.xlsx「花名册」第9行。汇总只计一次（按第一处）。']);
  });
});
