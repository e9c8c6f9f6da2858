/** A named interval of a number line, from `min` (inclusive) up to the next band's `min` (exclusive). */
export interface Band {
  readonly label: string;
  /** Inclusive lower bound; `-Infinity` for a band open at the bottom. */
  readonly min: number;
}
