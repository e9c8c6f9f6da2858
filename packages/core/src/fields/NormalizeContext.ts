import type { PartialDate } from '../dates/PartialDate';

/** What normalizing a sheet's cells depends on besides the cells. */
export interface NormalizeContext {
  readonly asOf: PartialDate;
  readonly dateSystem: 1900 | 1904;
}
