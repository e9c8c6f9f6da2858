import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { today } from '@taizhang/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { spawnCheckWorker } from './check/spawnCheckWorker';
import { createWorkerCheckRunner } from './check/workerCheckRunner';
import { createExcelHost } from './office/createExcelHost';
import { officeReady } from './office/officeEnvironment';
import { App } from './ui/App';

void officeReady().then(({ locale, run }) => {
  const root = document.getElementById('root');
  if (root === null) throw new Error('taskpane.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App host={createExcelHost(run)} runCheck={createWorkerCheckRunner(spawnCheckWorker)} locale={locale} today={today()} />
      </FluentProvider>
    </StrictMode>,
  );
});
