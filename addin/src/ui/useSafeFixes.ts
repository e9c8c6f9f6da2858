import { planFixes, type CellFix, type Grid, type SheetReport } from '@taizhang/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FixesApplied, FixesUndone, UndoableFixes } from '../host/FixOutcome';
import type { WorkbookHost } from '../host/WorkbookHost';

export interface SafeFixesOptions {
  /** Checks the sheet again, so the lists show what is left. */
  readonly recheck: () => Promise<unknown>;
  readonly onApplied: (outcome: FixesApplied) => void;
  readonly onUndone: (outcome: FixesUndone) => void;
  readonly onError: (error: unknown) => void;
}

export interface SafeFixes {
  readonly fixes: readonly CellFix[];
  readonly undoable: UndoableFixes | undefined;
  readonly running: 'apply' | 'undo' | undefined;
  readonly apply: (fixes: readonly CellFix[]) => Promise<void>;
  readonly undo: () => Promise<void>;
}

/**
 * The safe fixes of the checked sheet and the undo kept in the workbook: applying or undoing writes
 * through the host, then checks the sheet again, then tells what was done (after the re-check, which
 * clears the pane's notices).
 */
export function useSafeFixes(host: WorkbookHost, report: SheetReport | undefined, grid: Grid | undefined, options: SafeFixesOptions): SafeFixes {
  const [undoable, setUndoable] = useState<UndoableFixes | undefined>();
  const [running, setRunning] = useState<'apply' | 'undo' | undefined>();
  const { recheck, onApplied, onUndone, onError } = options;
  const fixes = useMemo(() => (report === undefined || report.template === null || grid === undefined ? [] : planFixes(report, { grid })), [report, grid]);

  const refresh = useCallback(async () => setUndoable(await host.lastFixes()), [host]);
  // Once when the pane opens (an undo kept from an earlier session shows at once); later, after each
  // apply and undo. `onError` is left out of the dependencies: a new one each render must not re-read.
  useEffect(() => {
    refresh().catch(onError);
  }, [refresh]);

  const run = async <T>(what: 'apply' | 'undo', work: () => Promise<T>, done: (outcome: T) => void) => {
    setRunning(what);
    try {
      const outcome = await work();
      await refresh();
      await recheck();
      done(outcome);
    } catch (error) {
      onError(error);
    } finally {
      setRunning(undefined);
    }
  };

  return {
    fixes,
    undoable,
    running,
    apply: (chosen) => run('apply', () => host.applyFixes(chosen, { time: new Date(), dataRows: report?.dataRows ?? null }), onApplied),
    undo: () => run('undo', () => host.undoFixes(), onUndone),
  };
}
