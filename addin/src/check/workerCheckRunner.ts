import { workbookError } from '../host/WorkbookError';
import type { CheckRunner } from './CheckRunner';
import type { CheckWorker } from './CheckWorker';
import { inlineCheckRunner } from './inlineCheckRunner';
import type { WorkerReply } from './workerProtocol';

/**
 * Runs each check in a fresh worker, so a 100,000-row sheet never blocks the pane (Office restarts an
 * add-in unresponsive for five seconds) and cancelling is simply terminating the worker. A host that
 * cannot start a module worker checks on the pane's thread instead.
 */
export function createWorkerCheckRunner(spawn: () => CheckWorker): CheckRunner {
  return (request, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(workbookError('cancelled', signal.reason));
        return;
      }
      let worker: CheckWorker;
      try {
        worker = spawn();
      } catch {
        resolve(inlineCheckRunner(request, signal));
        return;
      }
      const finish = () => {
        worker.terminate();
        signal?.removeEventListener('abort', cancel);
      };
      const cancel = () => {
        finish();
        reject(workbookError('cancelled', signal?.reason));
      };
      signal?.addEventListener('abort', cancel);
      worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
        finish();
        if (event.data.ok) resolve(event.data.result);
        else reject(workbookError('checkFailed', new Error(event.data.message)));
      });
      worker.addEventListener('error', (event) => {
        finish();
        reject(workbookError('checkFailed', new Error(event.message)));
      });
      worker.postMessage(request);
    });
}
