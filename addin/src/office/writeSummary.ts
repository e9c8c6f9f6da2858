import type { Summary } from '@taizhang/core';
import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { layoutSummary, type SummaryLayout } from './summaryLayout';

export const summarySheetName = '汇总';

function freeName(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function fill(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const rows = layout.values.length;
  const columns = layout.values[0]?.length ?? 0;
  const all = sheet.getRangeByIndexes(0, 0, rows, columns);
  // Formats first: the text format must be in place before values, or "2024年"-like labels stay text but "0012" would not.
  all.numberFormat = layout.numberFormats.map((line) => [...line]);
  all.values = layout.values.map((line) => [...line]);
  sheet.getRange(layout.title).format.font.size = 14;
  for (const address of layout.bold) sheet.getRange(address).format.font.bold = true;
  for (const table of layout.tables) sheet.tables.add(table.address, true);
  sheet.getRange(layout.fitColumns).format.autofitColumns();
  for (const spec of layout.charts) {
    const [first, ...others] = spec.series;
    if (first === undefined) continue;
    const chart = sheet.charts.add(spec.type, sheet.getRange(first.values), 'Columns');
    chart.title.text = spec.title;
    const series = chart.series.getItemAt(0);
    series.name = first.name;
    series.setXAxisValues(sheet.getRange(spec.categories));
    for (const other of others) {
      const added = chart.series.add(other.name);
      added.setValues(sheet.getRange(other.values));
      added.setXAxisValues(sheet.getRange(spec.categories));
    }
    chart.legend.visible = spec.legend;
    chart.setPosition(spec.from, spec.to);
  }
}

interface Before {
  readonly ids: ReadonlySet<string>;
  readonly activeId: string;
  readonly existing: { readonly id: string; readonly name: string } | undefined;
}

/**
 * Puts the workbook back as it was after a failed write: our new sheets gone, the old 汇总 back under its
 * name, the user's sheet active again. It reads the state afresh, since a failed batch may have run in part.
 */
async function rollback(context: Excel.RequestContext, before: Before, names: readonly string[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name');
  await context.sync();
  for (const sheet of sheets.items) {
    if (!before.ids.has(sheet.id) && names.includes(sheet.name)) sheet.delete();
  }
  if (before.existing !== undefined) {
    sheets.getItem(before.existing.id).name = before.existing.name;
  }
  sheets.getItem(before.activeId).activate();
  await context.sync();
}

/**
 * Creates or replaces the 汇总 sheet without touching any other: the summary is built on a new hidden
 * sheet, then in one batch the old 汇总 is renamed aside, the new one takes its name and place, and the
 * old one is deleted last. Any failure is rolled back, so running twice leaves one 汇总 and a failure
 * leaves the workbook as it was.
 */
export async function writeSummary(run: ExcelRun, summary: Summary): Promise<void> {
  const layout = layoutSummary(summary);
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name,items/position');
    const active = sheets.getActiveWorksheet();
    active.load('id');
    try {
      await context.sync();
    } catch (error) {
      throw workbookError('summaryFailed', error);
    }
    const existing = sheets.items.find((sheet) => sheet.name === summarySheetName);
    const taken = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    const building = freeName(`${summarySheetName}（生成中）`, taken);
    const aside = freeName(`${summarySheetName}（旧）`, taken);
    const before: Before = {
      ids: new Set(sheets.items.map((sheet) => sheet.id)),
      activeId: active.id,
      existing: existing === undefined ? undefined : { id: existing.id, name: existing.name },
    };
    try {
      const fresh = sheets.add(building);
      fresh.visibility = 'Hidden';
      fill(fresh, layout);
      await context.sync();
      if (existing !== undefined) existing.name = aside;
      fresh.name = summarySheetName;
      fresh.visibility = 'Visible';
      if (existing !== undefined) fresh.position = existing.position;
      fresh.activate();
      if (existing !== undefined) existing.delete();
      await context.sync();
    } catch (error) {
      try {
        await rollback(context, before, [building, summarySheetName]);
      } catch (rollbackError) {
        throw workbookError('summaryRollbackFailed', rollbackError);
      }
      throw workbookError('summaryFailed', error);
    }
  });
}
