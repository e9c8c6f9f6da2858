import { checkGrid, planFixes, type RuleCode } from '@taizhang/core';
import type { FakeExcel } from '../../../tests/fake-office/fakeExcel';
import { formatOf } from '../../../tests/fake-office/workbook';
import { readSheet } from '../office/readSheet';

/** When the fixes of the fix and undo tests are applied, local time: the change log shows 2025-06-30 14:05:09. */
export const fixTime = new Date(2025, 5, 30, 14, 5, 9);

/** The active sheet of a fake workbook read and checked at 2025-06-30, with its safe fixes (of `rules` only, if given). */
export async function planFixesIn(fake: FakeExcel, rules?: readonly RuleCode[]) {
  const { grid } = await readSheet(fake.run);
  const { report } = checkGrid(grid, { asOf: { year: 2025, month: 6, day: 30 } });
  return { report, fixes: planFixes(report, rules === undefined ? { grid } : { grid, rules }) };
}

/** A cell's own number format in the fake workbook (`E5`, columns A–Z); undefined for General. */
export function numberFormatAt(fake: FakeExcel, address: string, sheet = '党员花名册'): string | undefined {
  const found = fake.workbook.sheets.find((candidate) => candidate.name === sheet);
  const match = /^([A-Z])(\d+)$/.exec(address);
  if (found === undefined || match === null) throw new Error(`no cell ${sheet}!${address}`);
  return formatOf(found, Number(match[2]) - 1, (match[1] ?? 'A').charCodeAt(0) - 65).numberFormat;
}
