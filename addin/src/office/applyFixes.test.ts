import { describe, expect, it } from '@jest/globals';
import type { CellFix } from '@taizhang/core';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { fixableSeed } from '../../../tests/fake-office/fixableSeed';
import { valuesAt, type WorkbookSeed } from '../../../tests/fake-office/workbook';
import { fixTime, numberFormatAt, planFixesIn } from '../testing/fixPlan';
import { applyFixes } from './applyFixes';

describe('applyFixes', () => {
  it('writes every safe fix with the right number format, logs it, and the re-check no longer finds those issues', async () => {
    const fake = createFakeExcel(fixableSeed);
    const { fixes } = await planFixesIn(fake);
    expect(fixes.map((fix) => `${fix.column}${fix.row} ${fix.rule}`)).toEqual([
      'B3 text.whitespace',
      'D3 field.alias',
      'J3 date.text',
      'C4 field.alias',
      'E4 id.lowercaseX',
      'I4 date.text',
      'E5 text.whitespace',
      'L5 text.fullWidth',
      'E6 id.legacy15',
    ]);

    const outcome = await applyFixes(fake.run, fixes, { time: fixTime, dataRows: [2, 7] });

    expect(outcome).toEqual({ applied: 9, skipped: [], logSheet: '修改记录' });
    expect(valuesAt(fake.workbook, '党员花名册', 'B3:E6')).toEqual([
      ['王芳', '女', '汉族', '320102198211050227'],
      ['刘洋', '男', '汉族', '11010519850615201X'],
      ['陈静', '女', '汉族', '440304198001011220'],
      ['赵磊', '男', '汉族', '410105197909090315'],
    ]);
    expect(valuesAt(fake.workbook, '党员花名册', 'J3')).toEqual([[39253]]);
    expect(valuesAt(fake.workbook, '党员花名册', 'I4')).toEqual([[41033]]);
    expect(valuesAt(fake.workbook, '党员花名册', 'L5')).toEqual([['13711112222']]);
    // A converted date takes its own date format, else its column's; digits stay text.
    expect([numberFormatAt(fake, 'J3'), numberFormatAt(fake, 'I4'), numberFormatAt(fake, 'E4'), numberFormatAt(fake, 'E5'), numberFormatAt(fake, 'L5'), numberFormatAt(fake, 'E6'), numberFormatAt(fake, 'D3')]).toEqual([
      'yyyy"年"m"月"d"日"',
      'yyyy/m/d',
      '@',
      '@',
      '@',
      '@',
      undefined,
    ]);
    expect(valuesAt(fake.workbook, '修改记录', 'A1:F3')).toEqual([
      ['时间', '工作表', '单元格', '原值', '新值', '规则'],
      ['2025-06-30 14:05:09', '党员花名册', 'B3', ' 王芳 ', '王芳', '去除多余空格'],
      ['2025-06-30 14:05:09', '党员花名册', 'D3', '汉', '汉族', '改为规范名称'],
    ]);
    expect(valuesAt(fake.workbook, '修改记录', 'C10:F10')).toEqual([['E6', '410105790909031', '410105197909090315', '15位身份证号升级为18位']]);
    expect(valuesAt(fake.workbook, '修改记录', 'A11')).toEqual([['']]);

    const { report, fixes: left } = await planFixesIn(fake);
    expect(left).toEqual([]);
    expect(report.issues.map((issue) => `${issue.column}${issue.row} ${issue.rule}`)).toEqual(['E7 id.checksum']);
  });

  it('leaves alone a cell changed since the check and a cell holding a formula', async () => {
    const fake = createFakeExcel(fixableSeed);
    const { fixes } = await planFixesIn(fake, ['field.alias']);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('党员花名册').getRange('D3').values = [['回族']];
      await context.sync();
    });
    const outcome = await applyFixes(fake.run, fixes, { time: fixTime });
    expect(outcome).toEqual({ applied: 1, skipped: [{ cell: 'D3', reason: 'changed' }], logSheet: '修改记录' });
    expect(valuesAt(fake.workbook, '党员花名册', 'C4:D4')).toEqual([['男', '汉族']]);

    const withFormula: WorkbookSeed = { sheets: [{ name: '党员花名册', rows: [['姓名', '民族'], ['张伟', { error: '#N/A', formula: true }]] }] };
    const formulaFake = createFakeExcel(withFormula);
    const fix: CellFix = { sheet: '党员花名册', row: 2, column: 'B', field: 'ethnicity', header: '民族', rule: 'field.alias', rules: ['field.alias'], after: '汉族', kind: 'text' };
    expect(await applyFixes(formulaFake.run, [fix], { time: fixTime })).toEqual({ applied: 0, skipped: [{ cell: 'B2', reason: 'formula' }], logSheet: undefined });
    expect(formulaFake.workbook.sheets.map((sheet) => sheet.name)).toEqual(['党员花名册']);
  });

  it('appends to an earlier 修改记录, and logs under 修改记录2 when a sheet of that name is something else', async () => {
    const fake = createFakeExcel(fixableSeed);
    await applyFixes(fake.run, (await planFixesIn(fake, ['field.alias'])).fixes, { time: fixTime });
    await applyFixes(fake.run, (await planFixesIn(fake, ['text.whitespace'])).fixes, { time: new Date(2025, 5, 30, 15, 0, 0) });
    expect(valuesAt(fake.workbook, '修改记录', 'A4:C6')).toEqual([
      ['2025-06-30 15:00:00', '党员花名册', 'B3'],
      ['2025-06-30 15:00:00', '党员花名册', 'E5'],
      ['', '', ''],
    ]);

    const taken = createFakeExcel({ ...fixableSeed, sheets: [...fixableSeed.sheets, { name: '修改记录', rows: [['本表记录人员变动']] }] });
    expect((await applyFixes(taken.run, (await planFixesIn(taken, ['field.alias'])).fixes, { time: fixTime })).logSheet).toBe('修改记录2');
    expect(valuesAt(taken.workbook, '修改记录', 'A1:A2')).toEqual([['本表记录人员变动'], ['']]);
  });

  it('leaves the workbook exactly as it was when any sync of the write fails part-way', async () => {
    const probe = createFakeExcel(fixableSeed);
    const { fixes } = await planFixesIn(probe);
    probe.clearStats();
    await applyFixes(probe.run, fixes, { time: fixTime });
    const syncs = probe.syncs.length;
    const writeActions = probe.syncs[syncs - 1]?.actions ?? 0;

    for (const afterActions of [0, 1, Math.floor(writeActions / 2), writeActions - 1, writeActions]) {
      const fake = createFakeExcel(fixableSeed);
      const before = fake.snapshot();
      fake.failSync(syncs, { afterActions });
      await expect(applyFixes(fake.run, fixes, { time: fixTime })).rejects.toMatchObject({ name: 'WorkbookError', code: 'fixFailed' });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it('refuses a read-only workbook, a protected sheet, and a protected workbook that needs a 修改记录 sheet, changing nothing', async () => {
    for (const [seed, code] of [
      [{ ...fixableSeed, readOnly: true }, 'readOnly'],
      [{ ...fixableSeed, sheets: fixableSeed.sheets.map((sheet, index) => (index === 0 ? { ...sheet, protected: true } : sheet)) }, 'fixProtected'],
      [{ ...fixableSeed, protected: true }, 'fixProtected'],
    ] as const) {
      const fake = createFakeExcel(seed);
      const { fixes } = await planFixesIn(fake);
      const before = fake.snapshot();
      await expect(applyFixes(fake.run, fixes, { time: fixTime })).rejects.toMatchObject({ name: 'WorkbookError', code });
      expect(fake.snapshot()).toEqual(before);
    }
  });

  it('fails before writing anything when a read fails, and says so when the sheet is gone', async () => {
    const fake = createFakeExcel(fixableSeed);
    const { fixes } = await planFixesIn(fake);
    const before = fake.snapshot();
    fake.failSync(1);
    await expect(applyFixes(fake.run, fixes, { time: fixTime })).rejects.toMatchObject({ code: 'fixFailed' });
    expect(fake.snapshot()).toEqual(before);
    await expect(applyFixes(fake.run, fixes.map((fix) => ({ ...fix, sheet: '花名册' })), { time: fixTime })).rejects.toMatchObject({ code: 'sheetMissing' });
  });
});
