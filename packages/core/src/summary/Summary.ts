/**
 * A summary (汇总) independent of any renderer: the add-in writes it through Office.js, the CLI through
 * ExcelJS or as JSON. It never holds a 公民身份号码.
 */
export interface Summary {
  readonly title: string;
  /** ISO date (YYYY-MM-DD) the figures are counted at. */
  readonly asOf: string;
  readonly template: string;
  readonly sources: readonly SummarySource[];
  /** Headline figures keyed by a stable name (`members`, `female`, …). */
  readonly headline: Readonly<Record<string, HeadlineFigure>>;
  readonly tables: readonly SummaryTable[];
  readonly charts: readonly ChartSpec[];
  /** Plain-language remarks, such as people counted in two files (zh-CN). */
  readonly notes: readonly string[];
}

export interface SummarySource {
  readonly file?: string;
  readonly sheet: string;
  readonly rows: number;
}

export interface HeadlineFigure {
  readonly label: string;
  readonly count: number;
  /** Fraction of members (0.253), absent for the member count itself. */
  readonly share?: number;
}

/**
 * `count` renders as a whole number, `percent` as a fraction shown with one decimal (25.3%), `amount`
 * as 元 with two decimals (76.50).
 */
export type CellFormat = 'text' | 'count' | 'percent' | 'amount';

export interface SummaryColumn {
  readonly key: string;
  readonly label: string;
  readonly format: CellFormat;
}

export interface SummaryTableRow {
  readonly label: string;
  /** Values by column key; the first column (the label) is not repeated here. */
  readonly values: Readonly<Record<string, number | string>>;
}

export interface SummaryTable {
  readonly id: string;
  readonly title: string;
  /** The first column is the row label column. */
  readonly columns: readonly SummaryColumn[];
  readonly rows: readonly SummaryTableRow[];
  readonly total?: SummaryTableRow;
  /** The 未计入（数据有误） line: rows left out because a field this table needs has an error. */
  readonly excluded?: SummaryTableRow;
}

export interface ChartSpec {
  readonly id: string;
  readonly kind: 'bar' | 'pie';
  readonly title: string;
  /** The table whose rows are the categories. */
  readonly table: string;
  /** Column keys plotted as series. */
  readonly series: readonly string[];
}
