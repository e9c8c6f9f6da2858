import type { Summary } from '@taizhang/core';
import type { NamedSummary } from '../host/WorkbookHost';
import { workbookError } from '../host/WorkbookError';
import type { ExcelRun } from './ExcelRun';
import { layoutSummary, type SummaryLayout } from './summaryLayout';

export const summarySheetName = '汇总';
/** Name suffixes of the sheets a write goes through: a new summary is built under the first, an old one waits under the second. */
export const buildingSuffix = '（生成中）';
export const asideSuffix = '（旧）';

/** `base`, or `base2`, `base3`… whichever no sheet has (names compare case-insensitively, as in Excel); taken at once. */
function freeName(base: string, taken: Set<string>): string {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base}${n}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
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

/** One summary's way onto its sheet. */
interface Plan {
  readonly name: string;
  readonly layout: SummaryLayout;
  readonly building: string;
  readonly aside: string;
  readonly existing: { readonly id: string; readonly name: string; readonly position: number } | undefined;
}

interface Before {
  readonly ids: ReadonlySet<string>;
  readonly activeId: string;
}

/**
 * Leaves the workbook all-or-nothing after a failed write, from its state read afresh (a failed batch may
 * have run in part): if an old summary is already deleted (deletes come last, after every rename), the
 * swap cannot be undone, so it is finished (new summaries visible, the other old ones deleted);
 * otherwise it is undone (our new sheets deleted, the old summaries back under their names, the user's
 * sheet active again).
 */
async function recover(context: Excel.RequestContext, before: Before, plans: readonly Plan[]): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name,items/visibility');
  await context.sync();
  const byId = new Map(sheets.items.map((sheet) => [sheet.id, sheet]));
  const added = sheets.items.filter((sheet) => !before.ids.has(sheet.id));
  const holding = (plan: Plan) => added.find((sheet) => sheet.name === plan.name);
  if (plans.some((plan) => plan.existing !== undefined && !byId.has(plan.existing.id))) {
    for (const sheet of added) if (sheet.visibility !== 'Visible') sheet.visibility = 'Visible';
    for (const plan of plans) if (plan.existing !== undefined) byId.get(plan.existing.id)?.delete();
    if (plans[0] !== undefined) holding(plans[0])?.activate();
  } else {
    const ours = new Set(plans.flatMap((plan) => [plan.name, plan.building]));
    for (const sheet of added) if (ours.has(sheet.name)) sheet.delete();
    for (const plan of plans) {
      const existing = plan.existing === undefined ? undefined : byId.get(plan.existing.id);
      if (plan.existing !== undefined && existing !== undefined) existing.name = plan.existing.name;
    }
    byId.get(before.activeId)?.activate();
  }
  await context.sync();
}

/**
 * Creates or replaces several summary sheets (汇总, 汇总-党组织 …) without touching any other sheet,
 * all or none. Each summary is built on a new hidden sheet (one sync each, so no request grows large);
 * then one batch renames the old summaries aside, gives the new ones their names and places, and deletes
 * the old ones last. Any failure is recovered (see `recover`), so running twice leaves one set of
 * summaries and a failure leaves the workbook either as it was or fully written. A sheet left hidden
 * under a building name by a pane closed mid-way is removed by `cleanUpLeftovers`.
 */
export async function writeSummaries(run: ExcelRun, summaries: readonly NamedSummary[]): Promise<void> {
  if (summaries.length === 0) throw new RangeError('writeSummaries requires at least one summary');
  if (new Set(summaries.map((named) => named.sheet.toLowerCase())).size !== summaries.length) throw new RangeError('writeSummaries requires distinct sheet names');
  const layouts = summaries.map((named) => ({ name: named.sheet, layout: layoutSummary(named.summary) }));
  await run(async (context) => {
    const workbook = context.workbook;
    workbook.load('readOnly');
    workbook.protection.load('protected');
    const sheets = workbook.worksheets;
    sheets.load('items/id,items/name,items/position');
    const active = sheets.getActiveWorksheet();
    active.load('id');
    try {
      await context.sync();
    } catch (error) {
      throw workbookError('summaryFailed', error);
    }
    if (workbook.readOnly) throw workbookError('readOnly');
    if (workbook.protection.protected) throw workbookError('workbookProtected');
    const taken = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    const plans: Plan[] = layouts.map(({ name, layout }) => {
      const existing = sheets.items.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
      return {
        name,
        layout,
        building: freeName(`${name}${buildingSuffix}`, taken),
        aside: freeName(`${name}${asideSuffix}`, taken),
        existing: existing === undefined ? undefined : { id: existing.id, name: existing.name, position: existing.position },
      };
    });
    const before: Before = { ids: new Set(sheets.items.map((sheet) => sheet.id)), activeId: active.id };
    try {
      const built: Excel.Worksheet[] = [];
      for (const plan of plans) {
        const fresh = sheets.add(plan.building);
        fresh.visibility = 'Hidden';
        fill(fresh, plan.layout);
        await context.sync();
        built.push(fresh);
      }
      const existing = (plan: Plan) => (plan.existing === undefined ? undefined : sheets.getItem(plan.existing.id));
      plans.forEach((plan) => {
        const old = existing(plan);
        if (old !== undefined) old.name = plan.aside;
      });
      plans.forEach((plan, i) => {
        const fresh = built[i];
        if (fresh === undefined) return;
        fresh.name = plan.name;
        fresh.visibility = 'Visible';
      });
      // Each new summary goes just before the one it replaces; earlier moves shift later sheets by one.
      const replacing = plans.flatMap((plan, i) => (plan.existing === undefined ? [] : [{ position: plan.existing.position, fresh: built[i] }])).sort((a, b) => a.position - b.position);
      replacing.forEach(({ position, fresh }, moved) => {
        if (fresh !== undefined) fresh.position = position + moved;
      });
      built[0]?.activate();
      for (const plan of plans) existing(plan)?.delete();
      await context.sync();
    } catch (error) {
      try {
        await recover(context, before, plans);
      } catch (recoverError) {
        throw workbookError('summaryRollbackFailed', recoverError);
      }
      throw workbookError('summaryFailed', error);
    }
  });
}

/** The 汇总 sheet of one summary. */
export function writeSummary(run: ExcelRun, summary: Summary): Promise<void> {
  return writeSummaries(run, [{ sheet: summarySheetName, summary }]);
}
