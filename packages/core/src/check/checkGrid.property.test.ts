import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { columnNumber } from '../grid/columnLetter';
import type { CellValue, Grid } from '../grid/Grid';
import { rosterTemplate } from '../templates/roster';
import { checkGrid } from './checkGrid';

const headers = rosterTemplate.fields.flatMap((field) => [field.label, ...field.aliases]);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.constantFrom(...headers),
  fc.constantFrom('男', '女', '汉', '正式党员', '预备', '1985.03', '1985年3月12日', '11010519491231002X', '130503670401001', '４３０７'),
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
  fc.constantFrom<CellValue>({ kind: 'error', code: '#N/A' }, { kind: 'error', code: '#REF!' }),
);
const grid: fc.Arbitrary<Grid> = fc.record({
  sheet: fc.string(),
  origin: fc.record({ row: fc.integer({ min: 1, max: 1000 }), column: fc.integer({ min: 1, max: 30 }) }),
  values: fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 }),
});

describe('checkGrid on arbitrary grids', () => {
  it('never throws, keeps every issue inside the sheet and is deterministic', () => {
    fc.assert(
      fc.property(grid, (input) => {
        const first = checkGrid(input, { asOf: { year: 2026, month: 11, day: 22 } });
        const width = Math.max(0, ...input.values.map((row) => row.length));
        for (const issue of first.report.issues) {
          expect(issue.row).toBeGreaterThanOrEqual(input.origin.row);
          expect(issue.row).toBeLessThan(input.origin.row + input.values.length);
          expect(columnNumber(issue.column)).toBeGreaterThanOrEqual(input.origin.column);
          expect(columnNumber(issue.column)).toBeLessThan(input.origin.column + Math.max(width, 1));
        }
        expect(checkGrid(input, { asOf: { year: 2026, month: 11, day: 22 } }).report).toEqual(first.report);
      }),
      { numRuns: 300 },
    );
  });
});
