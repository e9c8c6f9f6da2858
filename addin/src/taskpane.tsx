import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { today } from '@taizhang/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { spawnCheckWorker } from './check/spawnCheckWorker';
import { createWorkerCheckRunner } from './check/workerCheckRunner';
import { createExcelHost } from './office/createExcelHost';
import { officeReady } from './office/officeEnvironment';
import { App } from './ui/App';
import { OldExcel } from './ui/OldExcel';

void officeReady().then(({ locale, run, supported }) => {
  const root = document.getElementById('root');
  if (root === null) throw new Error('taskpane.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        {supported ? <App host={createExcelHost(run)} runCheck={createWorkerCheckRunner(spawnCheckWorker)} locale={locale} today={today()} /> : <OldExcel locale={locale} />}
      </FluentProvider>
    </StrictMode>,
  );
});
