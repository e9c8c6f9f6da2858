import { describe, expect, it } from '@jest/globals';
import { createFakeExcel, reopenFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { fixableSeed } from '../../../tests/fake-office/fixableSeed';
import { valuesAt } from '../../../tests/fake-office/workbook';
import { fixTime, numberFormatAt, planFixesIn } from '../testing/fixPlan';
import { applyFixes } from './applyFixes';
import { fixUndoNamespace } from './fixUndoRecord';
import { lastFixes, undoFixes } from './undoFixes';

describe('undo records', () => {
  it('keeps the latest ten in the workbook', async () => {
    const rows = [['姓名', '性别', '民族', '入党时间'], ...Array.from({ length: 11 }, (_, index) => [`党员${index + 1}`, '男', '汉', 36708])];
    const fake = createFakeExcel({ sheets: [{ name: '党员花名册', rows }] });
    const { fixes } = await planFixesIn(fake);
    expect(fixes).toHaveLength(11);
    for (const [index, fix] of fixes.entries()) await applyFixes(fake.run, [fix], { time: new Date(2025, 5, 30, 9, index) });
    expect(fake.workbook.customXmlParts).toHaveLength(10);
    for (let undone = 0; undone < 10; undone += 1) await undoFixes(fake.run);
    expect(valuesAt(fake.workbook, '党员花名册', 'C2:C4')).toEqual([['汉族'], ['汉'], ['汉']]);
    expect(valuesAt(fake.workbook, '修改记录', 'C1:C3')).toEqual([['单元格'], ['C2'], ['']]);
    await expect(undoFixes(fake.run)).rejects.toMatchObject({ code: 'nothingToUndo' });
  });
});

describe('undoFixes', () => {
  it('restores the exact values and number formats, takes the log away and leaves nothing behind', async () => {
    const fake = createFakeExcel(fixableSeed);
    const before = fake.snapshot();
    await applyFixes(fake.run, (await planFixesIn(fake)).fixes, { time: fixTime });
    expect(await lastFixes(fake.run)).toEqual({ time: '2025-06-30 14:05:09', sheet: '党员花名册', cells: 9 });

    expect(await undoFixes(fake.run)).toEqual({ restored: 9, kept: 0, logRowsRemoved: true });

    // The number-formatted date cell holds its text again under its date format; the ID is text in a General cell.
    expect(valuesAt(fake.workbook, '党员花名册', 'I4')).toEqual([['2012.05.04']]);
    expect(numberFormatAt(fake, 'I4')).toBe('yyyy/m/d');
    expect(valuesAt(fake.workbook, '党员花名册', 'E5')).toEqual([[' 440304198001011220 ']]);
    expect(numberFormatAt(fake, 'E5')).toBeUndefined();
    expect(valuesAt(fake.workbook, '党员花名册', 'E4')).toEqual([['11010519850615201x']]);
    expect(numberFormatAt(fake, 'E4')).toBe('@');
    expect(fake.snapshot()).toEqual(before);
    expect(await lastFixes(fake.run)).toBeUndefined();
    await expect(undoFixes(fake.run)).rejects.toMatchObject({ code: 'nothingToUndo' });
  });

  it('undoes after the workbook was closed and opened again', async () => {
    const first = createFakeExcel(fixableSeed);
    const before = first.snapshot();
    await applyFixes(first.run, (await planFixesIn(first)).fixes, { time: fixTime });
    const reopened = reopenFakeExcel(first);
    expect(await lastFixes(reopened.run)).toEqual({ time: '2025-06-30 14:05:09', sheet: '党员花名册', cells: 9 });
    await undoFixes(reopened.run);
    expect(reopened.snapshot()).toEqual(before);
  });

  it('undoes the latest applying first, one at a time, keeping the log of the earlier one', async () => {
    const fake = createFakeExcel(fixableSeed);
    const before = fake.snapshot();
    await applyFixes(fake.run, (await planFixesIn(fake, ['field.alias'])).fixes, { time: fixTime });
    const afterFirst = fake.snapshot();
    await applyFixes(fake.run, (await planFixesIn(fake, ['date.text'])).fixes, { time: new Date(2025, 5, 30, 15, 0, 0) });
    expect(await undoFixes(fake.run)).toEqual({ restored: 2, kept: 0, logRowsRemoved: true });
    expect(fake.snapshot()).toEqual(afterFirst);
    await undoFixes(fake.run);
    expect(fake.snapshot()).toEqual(before);
  });

  it('keeps a cell edited since the fix, and the log rows when the log was edited', async () => {
    const fake = createFakeExcel(fixableSeed);
    await applyFixes(fake.run, (await planFixesIn(fake, ['field.alias'])).fixes, { time: fixTime });
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem('党员花名册').getRange('C4').values = [['女']];
      sheets.getItem('修改记录').getRange('D2').values = [['汉（已核对）']];
      await context.sync();
    });
    expect(await undoFixes(fake.run)).toEqual({ restored: 1, kept: 1, logRowsRemoved: false });
    expect(valuesAt(fake.workbook, '党员花名册', 'C3:D4')).toEqual([
      ['女', '汉'],
      ['女', '汉族'],
    ]);
    expect(valuesAt(fake.workbook, '修改记录', 'C2:C3')).toEqual([['D3'], ['C4']]);
  });

  it('passes over a damaged record, and says when there is nothing to undo', async () => {
    const damaged = `<fixUndo xmlns="${fixUndoNamespace}">{"version":1,"cells":"edited by hand"}</fixUndo>`;
    const fake = createFakeExcel({ ...fixableSeed, customXmlParts: [damaged] });
    expect(await lastFixes(fake.run)).toBeUndefined();
    await expect(undoFixes(fake.run)).rejects.toMatchObject({ name: 'WorkbookError', code: 'nothingToUndo' });
    await applyFixes(fake.run, (await planFixesIn(fake, ['field.alias'])).fixes, { time: fixTime });
    expect(await undoFixes(fake.run)).toEqual({ restored: 2, kept: 0, logRowsRemoved: true });
    expect(fake.workbook.customXmlParts.map((part) => part.xml)).toEqual([damaged]);
  });

  it('finishes the job when undone again after a failure part-way', async () => {
    const fake = createFakeExcel(fixableSeed);
    const before = fake.snapshot();
    await applyFixes(fake.run, (await planFixesIn(fake)).fixes, { time: fixTime });
    const applied = fake.snapshot();
    // Syncs 1–4 find the record, the sheets and the cells; the 5th writes, and fails after five actions.
    fake.failSync(5, { afterActions: 5 });
    await expect(undoFixes(fake.run)).rejects.toMatchObject({ code: 'undoFailed' });
    expect(fake.snapshot()).not.toEqual(before);
    expect(fake.snapshot()).not.toEqual(applied);
    expect(await undoFixes(fake.run)).toEqual({ restored: 9, kept: 0, logRowsRemoved: true });
    expect(fake.snapshot()).toEqual(before);
  });
});
