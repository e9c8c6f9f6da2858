import type { PartialDate } from '../dates/PartialDate';
import type { DataRow } from '../report/DataRow';
import type { SummarySource } from '../summary/Summary';

/** What every ledger summary is built from: the checked rows of one or more sheets of that ledger. */
export interface LedgerSummaryInput {
  readonly rows: readonly DataRow[];
  /** 统计截至, to the day. */
  readonly asOf: PartialDate;
  readonly sources: readonly SummarySource[];
  readonly title?: string;
}
