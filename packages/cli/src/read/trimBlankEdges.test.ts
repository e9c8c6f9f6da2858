import { describe, expect, it } from '@jest/globals';
import { trimBlankEdges } from './trimBlankEdges';

describe('trimBlankEdges', () => {
  it('drops empty cells at row ends and empty rows at the end, and fills holes so indices stay positions', () => {
    const sparse: (string | null | undefined)[] = [];
    sparse[2] = '姓名';
    sparse[4] = null;
    const rows: (readonly (string | null | undefined)[] | undefined)[] = [];
    rows[1] = sparse;
    rows[3] = ['张三', null, null];
    rows[5] = [null, null];
    expect(trimBlankEdges(rows)).toEqual([[], [null, null, '姓名'], [], ['张三']]);
  });
});
