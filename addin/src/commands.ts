import { today } from '@taizhang/core';
import { spawnCheckWorker } from './check/spawnCheckWorker';
import { createWorkerCheckRunner } from './check/workerCheckRunner';
import { summarizeActiveSheet } from './flow/summarizeActiveSheet';
import { isWorkbookError } from './host/WorkbookError';
import { createExcelHost } from './office/createExcelHost';
import { officeReady } from './office/officeEnvironment';
import { registerCommand } from './office/registerCommand';
import { showNotice } from './office/showNotice';
import { stringsFor } from './ui/strings';

const ready = officeReady();
const runCheck = createWorkerCheckRunner(spawnCheckWorker);

// Associated as soon as the function file loads, so the click that loaded it finds its function.
registerCommand('generateSummary', async () => {
  const { locale, run, supported } = await ready;
  const strings = stringsFor(locale);
  if (!supported) {
    await showNotice(strings.oldExcelTitle, strings.oldExcel);
    return;
  }
  try {
    await summarizeActiveSheet(createExcelHost(run), runCheck, today());
  } catch (error) {
    await showNotice(strings.errorTitle, isWorkbookError(error) ? strings.errors[error.code] : strings.errors.unknown);
  }
});
