import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { selectCell } from './selectCell';

const seed = { sheets: [{ name: '说明', rows: [['填表说明']] }, { name: '花名册', rows: [['姓名'], ['张三']] }] };

describe('selectCell', () => {
  it('activates the issue\'s sheet and selects its cell in one sync', async () => {
    const fake = createFakeExcel(seed);
    await selectCell(fake.run, '花名册', 'E12');
    const sheet = fake.workbook.sheets.find((candidate) => candidate.name === '花名册');
    expect(fake.workbook.activeSheetId).toBe(sheet?.id);
    expect(fake.workbook.selection).toEqual({ sheetId: sheet?.id, rect: { top: 11, left: 4, bottom: 11, right: 4 } });
    expect(fake.syncs).toHaveLength(1);
  });

  it('says the sheet is missing when it was renamed since the check', async () => {
    const fake = createFakeExcel(seed);
    await expect(selectCell(fake.run, '党员名册', 'A1')).rejects.toMatchObject({ name: 'WorkbookError', code: 'sheetMissing' });
  });
});
