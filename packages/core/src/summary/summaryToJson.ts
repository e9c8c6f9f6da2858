import type { CellFormat, Summary, SummarySource, SummaryTableRow } from './Summary';

/** A table line: its label and one property per column key (`count`, `share`, `members`, …). */
export type SummaryRowJson = { readonly label: string } & Readonly<Record<string, number | string>>;

export interface SummaryTableJson {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly { readonly key: string; readonly label: string; readonly format: CellFormat }[];
  readonly rows: readonly SummaryRowJson[];
  readonly excluded: SummaryRowJson | null;
  readonly total: SummaryRowJson | null;
}

export interface SummaryJson {
  readonly file: string | null;
  readonly sheet: string | null;
  readonly template: string;
  readonly title: string;
  readonly sources: readonly SummarySource[];
  readonly headline: Readonly<Record<string, number>>;
  readonly shares: Readonly<Record<string, number>>;
  readonly tables: readonly SummaryTableJson[];
  readonly notes: readonly string[];
}

function rowJson(row: SummaryTableRow): SummaryRowJson {
  return { ...row.values, label: row.label };
}

/**
 * The public JSON form of one summary; `taizhang summarize --json` prints `{ asOf, summaries: [...] }`
 * with one of these per summary. Shape (a roster summary):
 *
 * ```json
 * {
 *   "file": "第一党支部.xlsx",      // null when pooled from several files and none was given
 *   "sheet": "花名册",              // null likewise
 *   "template": "roster",
 *   "title": "党员基本情况汇总",
 *   "sources": [{ "file": "第一党支部.xlsx", "sheet": "花名册", "rows": 12 }],
 *   "headline": { "members": 12, "female": 5, "ethnicMinority": 2, "probationary": 1,
 *                 "age35AndUnder": 3, "collegeOrAbove": 7, "newMembersThisYear": 1 },
 *   "shares":   { "female": 0.4166666666666667, "ethnicMinority": 0.16666666666666666, … },
 *   "tables": [
 *     { "id": "age", "title": "年龄结构",
 *       "columns": [{ "key": "label", "label": "年龄段", "format": "text" },
 *                   { "key": "count", "label": "人数", "format": "count" },
 *                   { "key": "share", "label": "占比", "format": "percent" }],
 *       "rows": [{ "label": "30岁及以下", "count": 2, "share": 0.16666666666666666 }, …],
 *       "excluded": { "label": "未计入（数据有误或缺失）", "count": 1, "share": 0.08333333333333333 },
 *       "total": { "label": "合计", "count": 12, "share": 1 } }
 *   ],
 *   "notes": ["年龄结构：有 1 人的出生日期有误或缺失，列入“未计入”行。"]
 * }
 * ```
 *
 * - `headline` holds counts; `shares` the same keys except `members`, as unrounded fractions of members.
 * - Each table line has `label` plus one property per non-label column key; `format` says how to show
 *   it (`percent` values are fractions: 0.253 is 25.3%). Roster table ids: `branches`, `age`,
 *   `education`, `partyYears`, `ethnicity`, `joinPeriod`.
 * - `excluded` is the 未计入 line (people whose needed field is blank or wrong); rows + excluded = total.
 * - No 公民身份号码 appears anywhere; people counted twice are named in `notes` with masked numbers.
 *
 * `file` and `sheet` default to those of the only source, and to null when there are several.
 */
export function summaryToJson(summary: Summary, file?: string, sheet?: string): SummaryJson {
  const only = summary.sources.length === 1 ? summary.sources[0] : undefined;
  const headline: Record<string, number> = {};
  const shares: Record<string, number> = {};
  for (const [key, figure] of Object.entries(summary.headline)) {
    headline[key] = figure.count;
    if (figure.share !== undefined) shares[key] = figure.share;
  }
  return {
    file: file ?? only?.file ?? null,
    sheet: sheet ?? only?.sheet ?? null,
    template: summary.template,
    title: summary.title,
    sources: summary.sources,
    headline,
    shares,
    tables: summary.tables.map((table) => ({
      id: table.id,
      title: table.title,
      columns: table.columns.map(({ key, label, format }) => ({ key, label, format })),
      rows: table.rows.map(rowJson),
      excluded: table.excluded === undefined ? null : rowJson(table.excluded),
      total: table.total === undefined ? null : rowJson(table.total),
    })),
    notes: summary.notes,
  };
}
