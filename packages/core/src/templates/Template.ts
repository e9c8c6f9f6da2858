import type { PartialDate } from '../dates/PartialDate';
import type { Finding } from '../report/Finding';
import type { FieldValue } from '../report/DataRow';

export type FieldType = 'text' | 'integer' | 'number' | 'date' | 'enum' | 'idNumber' | 'phone';

/** An allowed value and the other spellings that mean it. */
export interface EnumOption {
  readonly value: string;
  /** Non-standard spellings offered as a safe fix to `value` (汉 → 汉族, 男性 → 男, 毛难族 → 毛南族). */
  readonly aliases?: readonly string[];
  /** Standard spellings accepted as they are and counted as `value` (大学本科 and code 21 for 大学). */
  readonly synonyms?: readonly string[];
}

export interface FieldSpec {
  readonly id: string;
  /** Canonical header (zh-CN), also used in messages. */
  readonly label: string;
  /** Other headers real sheets use for this column. */
  readonly aliases: readonly string[];
  readonly type: FieldType;
  readonly required?: boolean;
  readonly options?: readonly EnumOption[];
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
  readonly unique?: boolean;
  /**
   * For a header that means different things in different sheets (党籍状态 is 正常/停止党籍 in the
   * national form but 正式/预备 in many local ones): the column maps to this field only when its values
   * are among these options.
   */
  readonly onlyWhenValuesMatch?: boolean;
}

/** What a row rule sees: one row's normalized values and the as-of date. */
export interface RowContext {
  readonly rowIndex: number;
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Fields already found in error: cross-field rules skip them rather than pile on. */
  readonly invalid: ReadonlySet<string>;
  /** Fields present as columns in this sheet. */
  readonly mapped: ReadonlySet<string>;
  readonly asOf: PartialDate;
}

export type RowRule = (row: RowContext) => readonly Finding[];

export interface TableContext {
  readonly rows: readonly RowContext[];
  readonly asOf: PartialDate;
  /** The Excel row number of a row index, for messages that point at another row. */
  readonly rowNumber: (rowIndex: number) => number;
}

export type TableRule = (table: TableContext) => readonly Finding[];

/**
 * A ledger layout: its fields, and the rules that tie fields together. Templates are data so users can
 * define their own; rules are small pure functions referenced from it.
 */
export interface Template {
  readonly id: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly fields: readonly FieldSpec[];
  /** Field ids a header must contain for the sheet to be taken as this ledger. */
  readonly signature: readonly string[];
  /**
   * Field ids whose column, once found, makes the sheet this ledger even when another template
   * recognises more columns: a roster stating each member's 人员类别 that also records the 发展 dates
   * (申请书, 积极分子, 发展对象) is still a roster, not a 发展党员台账.
   */
  readonly decisive?: readonly string[];
  readonly rowRules: readonly RowRule[];
  readonly tableRules: readonly TableRule[];
  /** Fills fields that can be read off others (出生日期 from the ID) before the rules run. */
  readonly derive?: (values: Readonly<Record<string, FieldValue>>, invalid: ReadonlySet<string>) => Readonly<Record<string, FieldValue>>;
}
