/**
 * @jest-environment jsdom
 */
import '@testing-library/jest-dom/jest-globals';
import { afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { rosterSeed } from '../../../tests/fake-office/rosterSeed';
import { readBlock, storedValue } from '../../../tests/fake-office/workbook';
import { ledgerWorkbook } from '../testing/ledgerWorkbook';
import { prepareLayout, renderPane } from '../testing/renderPane';

beforeAll(prepareLayout);

const rosterRows = rosterSeed.sheets[0]?.rows ?? [];
/** Every 公民身份号码 in the roster (column E), and every member's name (column B). */
const ids = [...new Set(rosterRows.slice(1).map((row) => String(row[4])))];
const names = rosterRows.slice(1).map((row) => String(row[1]));
/** 15 or more digits in a row, not the decimals of a share (0.333333333333333…): a whole ID number of anyone. */
const anyIdNumber = /(?<![\d.])\d{15}/;

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let written: string[];

beforeEach(() => {
  written = [];
  for (const method of consoleMethods) jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
});
afterEach(() => {
  jest.restoreAllMocks();
});

describe('ID numbers stay in the sheet', () => {
  it('the summaries the pane writes hold no whole ID number, only masked ones', async () => {
    // 张伟 is listed again on a second roster sheet: the pooled 汇总 counts him once and names him in a note.
    const header = rosterRows[0] ?? [];
    const zhang = rosterRows[1] ?? [];
    const secondRoster = { name: '二支部花名册', rows: [header, zhang] };
    const { fake } = renderPane({ seed: { ...ledgerWorkbook, sheets: [...ledgerWorkbook.sheets, secondRoster] } });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '检查全部工作表' }));
    await screen.findByText('已检查 4 张工作表，其中 3 张是台账。');
    await user.click(screen.getByRole('button', { name: '生成汇总' }));
    await screen.findByText(/^已生成/);

    const summaries = fake.workbook.sheets.filter((sheet) => sheet.name.startsWith('汇总'));
    expect(summaries.map((sheet) => sheet.name)).toEqual(['汇总', '汇总-党组织', '汇总-台账核对']);
    const cells = summaries.flatMap((sheet) => readBlock({ top: 0, left: 0, bottom: sheet.values.length - 1, right: 20 }, (row, column) => String(storedValue(sheet, row, column))).flat());
    expect(ids).toHaveLength(8);
    expect(cells.filter((cell) => ids.some((id) => cell.includes(id)) || anyIdNumber.test(cell))).toEqual([]);
    // 前6位 + ******** + 后4位.
    expect(cells.filter((cell) => cell.includes('110105********0114'))).toEqual([expect.stringContaining('张伟（110105********0114）')]);
  });

  it('nothing of the rows or issues goes to the console while checking, highlighting and summarising', async () => {
    renderPane({ seed: ledgerWorkbook });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText('已识别为党员花名册');
    await user.click(screen.getByRole('button', { name: /^E3 · 公民身份号码/ }));
    await user.click(screen.getByRole('button', { name: '检查全部工作表' }));
    await screen.findByText('已检查 3 张工作表，其中 2 张是台账。');
    await user.click(screen.getByRole('button', { name: '生成汇总' }));
    await screen.findByText(/^已生成/);
    expect(written.filter((text) => [...ids, ...names].some((value) => text.includes(value)) || anyIdNumber.test(text))).toEqual([]);
    expect(written).toEqual([]);
  });
});
