/**
 * An in-memory Excel host for tests: `run` behaves like `Excel.run`, every `context.sync()` is one
 * JSON request and response whose sizes are recorded, payloads over 5 MB are refused as Excel on the
 * web refuses them, and a failure can be injected at a chosen sync.
 */
import { createClientContext } from './client';
import type { World } from './excelModel';
import type { FakeErrorCode } from './richApiError';
import { richApiError } from './richApiError';
import { execute, newContextState, type ContextState, type Injected } from './server';
import { cloneWorkbook, createWorkbook, snapshotWorkbook, type FakeWorkbook, type WorkbookSeed } from './workbook';
import { utf8Length, type Request, type Response } from './wire';

/** Excel on the web's limit on one request or response (resource limits, "5 MB"). */
export const payloadLimit = 5 * 1024 * 1024;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  /** Set when the sync failed, with the error code. */
  readonly failed?: string;
}

export interface FailureOptions {
  /** How many of that sync's actions run before it fails (Office.js batches are not transactions). */
  readonly afterActions?: number;
  readonly code?: FakeErrorCode;
}

export interface FakeExcel {
  readonly workbook: FakeWorkbook;
  /** Use as `Excel.run`. */
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  readonly syncs: readonly SyncRecord[];
  /** Makes the `sync`-th sync from now (1 = the next one) fail after `afterActions` actions (half by default). */
  failSync(sync: number, options?: FailureOptions): void;
  clearStats(): void;
  snapshot(): unknown;
}

export interface FakeExcelOptions {
  /** Milliseconds each round trip takes, so a UI can be seen waiting (0 by default). */
  readonly latency?: number;
}

export function createFakeExcel(seed: WorkbookSeed, options: FakeExcelOptions = {}): FakeExcel {
  return fakeExcelOver(createWorkbook(seed), options);
}

/**
 * The workbook of `fake` as if it were saved, closed and opened again: a new host over a copy of the
 * file, with none of the old host's request contexts, so only what the file holds survives.
 */
export function reopenFakeExcel(fake: FakeExcel, options: FakeExcelOptions = {}): FakeExcel {
  return fakeExcelOver(cloneWorkbook(fake.workbook), options);
}

function fakeExcelOver(workbook: FakeWorkbook, options: FakeExcelOptions): FakeExcel {
  const world: World = { workbook };
  const syncs: SyncRecord[] = [];
  const states = new Map<number, ContextState>();
  const failures = new Map<number, FailureOptions>();

  const send = async (request: Request): Promise<Response> => {
    if ((options.latency ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, options.latency));
    else await Promise.resolve();
    const requestText = JSON.stringify(request);
    const requestBytes = utf8Length(requestText);
    const number = syncs.length + 1;
    const record = (responseBytes: number, failed?: string) => syncs.push({ requestBytes, responseBytes, actions: request.actions.length, ...(failed === undefined ? {} : { failed }) });
    if (requestBytes > payloadLimit) {
      record(0, 'RequestPayloadSizeLimitExceeded');
      throw richApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    const state = states.get(request.context) ?? newContextState();
    states.set(request.context, state);
    const failure = failures.get(number);
    failures.delete(number);
    const injected: Injected | undefined =
      failure === undefined ? undefined : { afterActions: failure.afterActions ?? Math.floor(request.actions.length / 2), code: failure.code ?? 'GeneralException' };
    let results;
    try {
      results = execute(world, state, JSON.parse(requestText) as Request, injected);
    } catch (error) {
      record(0, error instanceof Error && 'code' in error ? String(error.code) : 'Error');
      throw error;
    }
    const responseText = JSON.stringify({ results });
    const responseBytes = utf8Length(responseText);
    if (responseBytes > payloadLimit) {
      record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
      throw richApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    record(responseBytes);
    return JSON.parse(responseText) as Response;
  };

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = createClientContext(send);
    // The proxy stands in for the real RequestContext; only the members in excelModel.ts exist.
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.sync();
    return result;
  };

  return {
    workbook,
    run,
    syncs,
    failSync: (sync, failure = {}) => failures.set(syncs.length + sync, failure),
    clearStats: () => void syncs.splice(0, syncs.length),
    snapshot: () => snapshotWorkbook(workbook),
  };
}
