import type { CheckRequest } from './CheckRunner';
import { checkRequest } from './checkRequest';
import type { WorkerReply } from './workerProtocol';

addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: checkRequest(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  postMessage(reply);
});
