/**
 * Entry of the script served in place of office.js in the end-to-end test: it installs `Office` and
 * `Excel` over a fake workbook described by `window.__taizhangFakeSetup`, and exposes `window.__taizhang`
 * so the test can look at the workbook.
 */
import { parseRect, rectAddress } from './address';
import { createFakeExcel } from './fakeExcel';
import { installFakeOffice, type FakeOfficeOptions } from './installFakeOffice';
import { rosterSeed } from './rosterSeed';
import { valuesAt, type FakeValue, type WorkbookSeed } from './workbook';

export interface FakeSetup {
  readonly seed?: WorkbookSeed;
  readonly office?: FakeOfficeOptions;
  /** Milliseconds per sync, so progress can be seen. */
  readonly latency?: number;
}

export interface FakeControl {
  readonly sheetNames: () => string[];
  readonly activeSheet: () => string | undefined;
  readonly selection: () => { readonly sheet: string | undefined; readonly address: string };
  readonly values: (sheet: string, address: string) => FakeValue[][];
  /** Conditional formats on a sheet: what the add-in's highlights look like to the workbook. */
  readonly conditionalFormats: (sheet: string) => { readonly areas: string[]; readonly fill: string | null; readonly formula: string }[];
  readonly tables: (sheet: string) => { readonly name: string; readonly range: string }[];
  readonly charts: (sheet: string) => { readonly type: string; readonly title: string; readonly series: string[] }[];
  readonly numberFormat: (sheet: string, address: string) => string | undefined;
  readonly invokeCommand: (id: string) => Promise<void>;
  readonly dialogs: () => readonly string[];
  readonly syncs: () => number;
}

declare global {
  interface Window {
    __taizhangFakeSetup?: FakeSetup;
    __taizhang?: FakeControl;
    /** Durations of the main thread's long tasks, when a test records them. */
    __taizhangLongTasks?: number[];
  }
}

const setup = window.__taizhangFakeSetup ?? {};
const fake = createFakeExcel(setup.seed ?? rosterSeed, setup.latency === undefined ? {} : { latency: setup.latency });
const office = installFakeOffice(window, fake, setup.office);

const sheet = (name: string) => {
  const found = fake.workbook.sheets.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};

window.__taizhang = {
  sheetNames: () => fake.workbook.sheets.map((each) => each.name),
  activeSheet: () => fake.workbook.sheets.find((each) => each.id === fake.workbook.activeSheetId)?.name,
  selection: () => ({
    sheet: fake.workbook.sheets.find((each) => each.id === fake.workbook.selection.sheetId)?.name,
    address: rectAddress(fake.workbook.selection.rect),
  }),
  values: (name, address) => valuesAt(fake.workbook, name, address),
  conditionalFormats: (name) => sheet(name).conditionalFormats.map((cf) => ({ areas: cf.areas.map(rectAddress), fill: cf.fill, formula: cf.formula })),
  tables: (name) => sheet(name).tables.map((table) => ({ name: table.name, range: rectAddress(table.rect) })),
  charts: (name) => sheet(name).charts.map((chart) => ({ type: chart.type, title: chart.title, series: chart.series.map((s) => s.name) })),
  numberFormat: (name, address) => {
    const rect = parseRect(address);
    return rect === undefined ? undefined : sheet(name).formats.get(`${rect.top},${rect.left}`)?.numberFormat;
  },
  invokeCommand: (id) => office.invokeCommand(id),
  dialogs: () => office.dialogs,
  syncs: () => fake.syncs.length,
};
