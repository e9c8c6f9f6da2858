import type { PartialDate } from '@taizhang/core';
import type { CheckRunner } from '../check/CheckRunner';
import type { WorkbookHost } from '../host/WorkbookHost';
import { checkActiveSheet } from './checkActiveSheet';
import { summaryOf } from './summaryOf';

/** What the 生成汇总 ribbon button does: check the active sheet afresh and write its summary sheet. */
export async function summarizeActiveSheet(host: WorkbookHost, runCheck: CheckRunner, asOf: PartialDate): Promise<void> {
  const checked = await checkActiveSheet(host, runCheck, { asOf });
  await host.writeSummaries(summaryOf([checked]));
}
