import type { Locale } from '@taizhang/core';
import type { ExcelRun } from './ExcelRun';

/** zh-CN unless Office's UI is in English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') === true ? 'en' : 'zh-CN';
}

export interface OfficeEnvironment {
  readonly locale: Locale;
  readonly run: ExcelRun;
}

/** Waits for office.js, then gives the UI language and the `Excel.run` to use. */
export async function officeReady(): Promise<OfficeEnvironment> {
  await Office.onReady();
  return { locale: localeOf(Office.context.displayLanguage), run: (batch) => Excel.run(batch) };
}
