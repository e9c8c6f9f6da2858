import { describe, expect, it } from '@jest/globals';
import { rectAddress } from '../../../tests/fake-office/address';
import { createFakeExcel, type FakeExcel } from '../../../tests/fake-office/fakeExcel';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import { inlineCheckRunner } from '../check/inlineCheckRunner';
import type { WorkbookHost } from '../host/WorkbookHost';
import { createExcelHost } from '../office/createExcelHost';
import { ledgerWorkbook } from '../testing/ledgerWorkbook';
import { checkActiveSheet } from './checkActiveSheet';
import { checkWorkbook } from './checkWorkbook';
import { markChecked } from './markChecked';

const asOf = { year: 2025, month: 6, day: 30 };

function marks(fake: FakeExcel): Record<string, string[]> {
  return Object.fromEntries(fake.workbook.sheets.map((sheet) => [sheet.name, sheet.conditionalFormats.flatMap((format) => format.areas.map(rectAddress)).sort()]));
}

async function checkedWorkbook(fake: FakeExcel, host: WorkbookHost = createExcelHost(fake.run)) {
  return (await checkWorkbook(host, inlineCheckRunner, { asOf })).sheets;
}

describe('markChecked', () => {
  it('highlights every ledger of the workbook, the reconciliation\'s cells included', async () => {
    const fake = createFakeExcel(ledgerWorkbook);
    await markChecked(createExcelHost(fake.run), await checkedWorkbook(fake));
    expect(marks(fake)).toEqual({ 党员花名册: ['C5', 'E3', 'E8', 'F9', 'H4', 'J7', 'L6'], 填表说明: [], 党组织: ['B6', 'E4', 'F4'] });
  });

  it('highlights nothing, on any sheet, when one sheet is protected, and says which', async () => {
    const fake = createFakeExcel(ledgerWorkbook);
    const sheets = await checkedWorkbook(fake);
    const organisations = fake.workbook.sheets.find((sheet) => sheet.name === '党组织');
    if (organisations !== undefined) organisations.protected = true;
    const before = fake.snapshot();
    await expect(markChecked(createExcelHost(fake.run), sheets)).rejects.toMatchObject({ code: 'sheetProtected', sheet: '党组织' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('highlights nothing in a workbook opened read-only', async () => {
    const fake = createFakeExcel(rosterSeed);
    const checked = await checkActiveSheet(createExcelHost(fake.run), inlineCheckRunner, { asOf });
    fake.workbook.readOnly = true;
    const before = fake.snapshot();
    await expect(markChecked(createExcelHost(fake.run), [checked])).rejects.toMatchObject({ code: 'readOnly' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('takes the first sheet\'s highlights away again when highlighting the second fails half-way', async () => {
    const fake = createFakeExcel(ledgerWorkbook);
    const real = createExcelHost(fake.run);
    const host: WorkbookHost = {
      ...real,
      markIssues: (sheet, issues) => {
        if (sheet === '党组织') fake.failSync(1, { afterActions: 2 });
        return real.markIssues(sheet, issues);
      },
    };
    const sheets = await checkedWorkbook(fake);
    const before = fake.snapshot();
    await expect(markChecked(host, sheets)).rejects.toMatchObject({ code: 'markFailed', sheet: '党组织' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('refuses to highlight a sheet the user edited since it was checked', async () => {
    const fake = createFakeExcel(rosterSeed);
    const checked = await checkActiveSheet(createExcelHost(fake.run), inlineCheckRunner, { asOf });
    // The user inserts a member above row 3: every highlight would land one row too high.
    fake.workbook.sheets[0]?.values.splice(2, 0, [10, '孙丽', '女']);
    await expect(markChecked(createExcelHost(fake.run), [checked])).rejects.toMatchObject({ code: 'sheetChanged' });
    expect(marks(fake)['党员花名册']).toEqual([]);
  });
});
