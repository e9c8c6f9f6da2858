/**
 * How many rows to read per request. Excel on the web refuses a request or response over 5 MB and a
 * read over 5M cells; we aim well under both so a chunk whose rows run longer than the ones already seen
 * still fits.
 */
export interface ChunkBudget {
  /** Target size of one response's values, in UTF-8 bytes of JSON. */
  readonly bytes: number;
  readonly cells: number;
  /** Cells in the first chunk, read before anything is known about value lengths. */
  readonly probeCells: number;
}

export const readBudget: ChunkBudget = { bytes: 2.5 * 1024 * 1024, cells: 1_000_000, probeCells: 20_000 };

export function probeRows(columns: number, budget: ChunkBudget = readBudget): number {
  return Math.max(1, Math.floor(budget.probeCells / Math.max(1, columns)));
}

/** Rows for the next chunk, from the largest bytes per row measured so far. */
export function nextChunkRows(bytesPerRow: number, columns: number, budget: ChunkBudget = readBudget): number {
  const byBytes = Math.floor(budget.bytes / Math.max(1, bytesPerRow));
  const byCells = Math.floor(budget.cells / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** UTF-8 length of a value's JSON: what it costs in a response. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
