import { describe, expect, it } from '@jest/globals';
import { createFakeExcel } from './fakeExcel';
import type { WorkbookSeed } from './workbook';

const seed = (locks: { readonly readOnly?: boolean; readonly protected?: boolean; readonly sheetProtected?: boolean }): WorkbookSeed => ({
  ...(locks.readOnly === undefined ? {} : { readOnly: locks.readOnly }),
  ...(locks.protected === undefined ? {} : { protected: locks.protected }),
  sheets: [
    { name: '花名册', rows: [['姓名'], ['张三']], ...(locks.sheetProtected === undefined ? {} : { protected: locks.sheetProtected }) },
    { name: '说明', rows: [['填表说明']] },
  ],
});

describe('fake Excel host: read-only workbooks and protection', () => {
  it('reports the locks through Workbook.readOnly and the protection objects', async () => {
    const fake = createFakeExcel(seed({ readOnly: true, protected: true, sheetProtected: true }));
    await fake.run(async (context) => {
      const { workbook } = context;
      workbook.load('readOnly');
      workbook.protection.load('protected');
      const sheets = workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      await context.sync();
      expect(workbook.readOnly).toBe(true);
      expect(workbook.protection.protected).toBe(true);
      expect(sheets.items.map((sheet) => [sheet.name, sheet.protection.protected])).toEqual([
        ['花名册', true],
        ['说明', false],
      ]);
    });
  });

  it('refuses every change to a read-only workbook but lets the user look around', async () => {
    const fake = createFakeExcel(seed({ readOnly: true }));
    const before = fake.snapshot();
    await expect(fake.run(async (context) => void context.workbook.worksheets.add('汇总'))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(fake.run(async (context) => void (context.workbook.worksheets.getItem('说明').getRange('A2').values = [['x']]))).rejects.toMatchObject({ code: 'AccessDenied' });
    await fake.run(async (context) => context.workbook.worksheets.getItem('说明').getRange('A1').select());
    expect(fake.snapshot()).toEqual({ ...(before as object), active: '说明' });
  });

  it('refuses changes to a protected sheet\'s cells and highlights, not to other sheets or to the sheet\'s name', async () => {
    const fake = createFakeExcel(seed({ sheetProtected: true }));
    await expect(fake.run(async (context) => void context.workbook.worksheets.getItem('花名册').getRange('A2').conditionalFormats.add('Custom'))).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    expect(fake.workbook.sheets[0]?.conditionalFormats).toEqual([]);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('说明').getRange('A2').values = [['可以写']];
      context.workbook.worksheets.getItem('花名册').name = '党员';
    });
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党员', '说明']);
  });

  it('refuses adding, deleting and renaming sheets while the structure is protected, not writing cells', async () => {
    const fake = createFakeExcel(seed({ protected: true }));
    await expect(fake.run(async (context) => void context.workbook.worksheets.add('汇总'))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(fake.run(async (context) => context.workbook.worksheets.getItem('说明').delete())).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(fake.run(async (context) => void (context.workbook.worksheets.getItem('说明').name = '备注'))).rejects.toMatchObject({ code: 'AccessDenied' });
    await fake.run(async (context) => void (context.workbook.worksheets.getItem('说明').getRange('A2').values = [['可以写']]));
    expect(fake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册', '说明']);
  });
});
