import type { Locale } from '@taizhang/core';
import type { ExcelRun } from './ExcelRun';

/** The ExcelApi version the manifest declares: everything the add-in calls is in it. */
export const requiredExcelApi = '1.9';

/** zh-CN unless Office's UI is in English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') === true ? 'en' : 'zh-CN';
}

export interface OfficeEnvironment {
  readonly locale: Locale;
  readonly run: ExcelRun;
  /** Whether this Excel has `requiredExcelApi`; an older one (Excel 2019 and before) gets a message instead of the pane. */
  readonly supported: boolean;
}

/** Waits for office.js, then gives the UI language, the `Excel.run` to use and whether this Excel is recent enough. */
export async function officeReady(): Promise<OfficeEnvironment> {
  await Office.onReady();
  return {
    locale: localeOf(Office.context.displayLanguage),
    run: (batch) => Excel.run(batch),
    supported: Office.context.requirements.isSetSupported('ExcelApi', requiredExcelApi),
  };
}
