import type { CheckRequest } from './CheckRunner';
import type { WorkerReply } from './workerProtocol';

/** The part of a `Worker` the check runner uses, so tests can stand in for one. */
export interface CheckWorker {
  postMessage(request: CheckRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReply>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}
