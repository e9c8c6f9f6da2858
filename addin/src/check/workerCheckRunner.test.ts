/**
 * @jest-environment jsdom
 */
import { describe, expect, it, jest } from '@jest/globals';
import type { CheckRequest } from './CheckRunner';
import type { CheckWorker } from './CheckWorker';
import { checkRequest } from './checkRequest';
import { createWorkerCheckRunner } from './workerCheckRunner';
import type { WorkerReply } from './workerProtocol';

const request: CheckRequest = {
  grid: { sheet: '花名册', origin: { row: 1, column: 1 }, values: [['姓名', '性别', '入党时间'], ['张三', '男', '2020-07-01'], ['李四', '未知', '2021-07-01']] },
  asOf: { year: 2025, month: 6, day: 30 },
};

/** A worker that answers like check.worker.ts, on its own schedule. */
function fakeWorker(answer: 'now' | 'never' | 'crash') {
  const listeners: { message: ((event: MessageEvent<WorkerReply>) => void)[]; error: ((event: ErrorEvent) => void)[] } = { message: [], error: [] };
  const terminate = jest.fn<() => void>();
  const worker: CheckWorker = {
    postMessage: (sent) => {
      if (answer === 'now') queueMicrotask(() => listeners.message.forEach((listen) => listen(new MessageEvent('message', { data: { ok: true, result: checkRequest(sent) } }))));
      if (answer === 'crash') queueMicrotask(() => listeners.error.forEach((listen) => listen(new ErrorEvent('error', { message: 'out of memory' }))));
    },
    terminate,
    addEventListener: (type: 'message' | 'error', listener: never) => void listeners[type].push(listener),
  };
  return { worker, terminate };
}

describe('createWorkerCheckRunner', () => {
  it('gives the worker\'s result and ends the worker', async () => {
    const { worker, terminate } = fakeWorker('now');
    const result = await createWorkerCheckRunner(() => worker)(request);
    expect(result).toEqual(checkRequest(request));
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('cancels by terminating the worker', async () => {
    const { worker, terminate } = fakeWorker('never');
    const controller = new AbortController();
    const running = createWorkerCheckRunner(() => worker)(request, controller.signal);
    controller.abort();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('checks on the calling thread when no worker can be started', async () => {
    const result = await createWorkerCheckRunner(() => {
      throw new DOMException('Module scripts are not supported in workers', 'NotSupportedError');
    })(request);
    expect(result).toEqual(checkRequest(request));
  });

  it('reports a crashed worker as a failed check', async () => {
    const { worker } = fakeWorker('crash');
    await expect(createWorkerCheckRunner(() => worker)(request)).rejects.toMatchObject({ code: 'checkFailed', cause: new Error('out of memory') });
  });
});
