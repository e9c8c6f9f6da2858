import type { CheckResult, Grid, PartialDate } from '@taizhang/core';

export interface CheckRequest {
  readonly grid: Grid;
  readonly asOf: PartialDate;
  /** Check as this template instead of recognising one from the header. */
  readonly templateId?: string;
}

/** Runs the core's check somewhere that does not block the pane (a Web Worker), cancellable. */
export type CheckRunner = (request: CheckRequest, signal?: AbortSignal) => Promise<CheckResult>;
