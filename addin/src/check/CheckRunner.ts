import type { CheckResult, CustomTemplateDefinition, Grid, PartialDate } from '@taizhang/core';

export interface CheckRequest {
  readonly grid: Grid;
  readonly asOf: PartialDate;
  /** Check as this template instead of recognising one from the header. */
  readonly templateId?: string;
  /**
   * The user's templates (saved in the workbook, or being edited), each winning over the built-in one
   * it extends, the last over the earlier ones. Definitions, not Templates: a Template holds functions,
   * which cannot be posted to the worker; it parses them.
   */
  readonly customTemplates?: readonly CustomTemplateDefinition[];
}

/** Runs the core's check somewhere that does not block the pane (a Web Worker), cancellable. */
export type CheckRunner = (request: CheckRequest, signal?: AbortSignal) => Promise<CheckResult>;
