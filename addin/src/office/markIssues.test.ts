import { describe, expect, it } from '@jest/globals';
import type { Issue, Severity } from '@taizhang/core';
import { parseRect } from '../../../tests/fake-office/address';
import { createFakeExcel } from '../../../tests/fake-office/fakeExcel';
import { forEachCell, snapshotSheet, type WorkbookSeed } from '../../../tests/fake-office/workbook';
import { clearMarks } from './clearMarks';
import { markIssues } from './markIssues';
import { markStyles } from './markStyle';

function issue(column: string, row: number, severity: Severity): Issue {
  return { row, column, header: '公民身份号码', field: 'idNumber', rule: 'id.checksum', severity, message: '公民身份号码校验码错误', params: { expected: '6', actual: 'X' } };
}

function roster(rows: number): WorkbookSeed {
  const values = [['姓名', '性别', '公民身份号码', '出生日期'], ...Array.from({ length: rows }, (_, i) => [`党员${i + 1}`, '男', `11010519491231${String(i).padStart(4, '0')}`, 31048])];
  return {
    sheets: [
      {
        name: '花名册',
        rows: values,
        formats: { A1: { fill: '#D9E1F2', bold: true }, C5: { fill: '#FFFF00' } },
        conditionalFormats: [
          { address: 'D2:D100', formula: '=$D2>40000', fill: '#E2EFDA' },
          { address: 'B2:B100', formula: '=$B2="女"', fill: '#FCE4D6', type: 'CellValue' },
        ],
      },
      { name: '说明', rows: [['填表说明']], formats: { A1: { fill: '#FFFF00' } } },
    ],
  };
}

/** Which tag formula covers each cell, from the conditional formats on the fake sheet. */
function markedCells(fake: ReturnType<typeof createFakeExcel>, sheetName: string): Map<string, string> {
  const marked = new Map<string, string>();
  const sheet = fake.workbook.sheets.find((candidate) => candidate.name === sheetName);
  for (const format of sheet?.conditionalFormats ?? []) {
    if (!format.formula.includes('taizhang')) continue;
    for (const area of format.areas) forEachCell(area, (row, column) => marked.set(`${row},${column}`, format.formula));
  }
  return marked;
}

function cellKey(address: string): string {
  const rect = parseRect(address);
  return `${rect?.top},${rect?.left}`;
}

describe('markIssues', () => {
  it('highlights 10,000 issues in no more than 10 syncs, every request under 4 MB', async () => {
    const fake = createFakeExcel(roster(20_000));
    const severities: Severity[] = ['error', 'warning', 'info'];
    const issues = Array.from({ length: 10_000 }, (_, i) => issue(i % 3 === 0 ? 'C' : 'D', 2 + i * 2, severities[i % 3] ?? 'error'));

    await markIssues(fake.run, '花名册', issues);

    expect(fake.syncs.length).toBeLessThanOrEqual(10);
    expect(Math.max(...fake.syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(4 * 1024 * 1024);
    const marked = markedCells(fake, '花名册');
    expect(marked.size).toBe(10_000);
    for (const each of issues) expect(marked.get(cellKey(`${each.column}${each.row}`))).toBe(markStyles[each.severity].formula);
    expect(marked.has(cellKey('C3'))).toBe(false);
  });

  it('leaves the sheet as it was after clearing, own fills and own conditional formats included', async () => {
    const fake = createFakeExcel(roster(20));
    const before = fake.snapshot();
    const yellowBefore = fake.workbook.sheets[0]?.formats.get('4,2');

    await markIssues(fake.run, '花名册', [issue('C', 5, 'error'), issue('C', 6, 'error'), issue('D', 7, 'warning')]);

    const sheet = fake.workbook.sheets[0];
    expect(sheet?.formats.get('4,2')).toEqual(yellowBefore);
    expect(sheet?.conditionalFormats.map((format) => [format.formula, format.areas.length, format.fill])).toEqual([
      [markStyles.error.formula, 1, markStyles.error.fill],
      [markStyles.warning.formula, 1, markStyles.warning.fill],
      ['=$D2>40000', 1, '#E2EFDA'],
      ['=$B2="女"', 1, '#FCE4D6'],
    ]);

    await clearMarks(fake.run, '花名册');

    expect(fake.snapshot()).toEqual(before);
  });

  it('clears in three syncs at most and needs none to mark nothing', async () => {
    const fake = createFakeExcel(roster(20));
    await markIssues(fake.run, '花名册', []);
    expect(fake.syncs).toHaveLength(0);
    await markIssues(fake.run, '花名册', [issue('C', 5, 'info')]);
    fake.clearStats();
    await clearMarks(fake.run, '花名册');
    expect(fake.syncs.length).toBeLessThanOrEqual(3);
    expect(markedCells(fake, '花名册').size).toBe(0);
  });

  it('never touches another sheet', async () => {
    const fake = createFakeExcel(roster(20));
    const [, notes] = fake.workbook.sheets;
    if (notes === undefined) throw new Error('the seed has two sheets');
    const other = () => snapshotSheet(notes);
    const before = other();
    await markIssues(fake.run, '花名册', [issue('A', 1, 'error')]);
    expect(other()).toEqual(before);
    await clearMarks(fake.run, '花名册');
    expect(other()).toEqual(before);
  });

  it('removes what it had added when a sync fails part-way', async () => {
    const fake = createFakeExcel(roster(20));
    const before = fake.snapshot();
    fake.failSync(1, { afterActions: 5 });

    await expect(markIssues(fake.run, '花名册', [issue('C', 5, 'error'), issue('D', 7, 'warning')])).rejects.toMatchObject({ code: 'markFailed' });

    expect(fake.snapshot()).toEqual(before);
  });

  it('says the sheet is missing when it was deleted or renamed since the check', async () => {
    const fake = createFakeExcel(roster(2));
    await expect(markIssues(fake.run, '旧表', [issue('C', 2, 'error')])).rejects.toMatchObject({ code: 'sheetMissing' });
    await expect(clearMarks(fake.run, '旧表')).resolves.toBeUndefined();
  });

  it('says the sheet is protected when Excel refuses the highlights, leaving none', async () => {
    const fake = createFakeExcel(roster(20));
    const sheet = fake.workbook.sheets[0];
    if (sheet !== undefined) sheet.protected = true;
    const before = fake.snapshot();
    await expect(markIssues(fake.run, '花名册', [issue('C', 5, 'error'), issue('D', 7, 'warning')])).rejects.toMatchObject({ code: 'sheetProtected' });
    expect(fake.snapshot()).toEqual(before);
  });
});
