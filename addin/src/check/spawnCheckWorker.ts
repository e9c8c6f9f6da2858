import type { CheckWorker } from './CheckWorker';

/** The check worker as Vite bundles it; only the entry points import this (Jest cannot read import.meta). */
export function spawnCheckWorker(): CheckWorker {
  return new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
}
