import type { FieldSpec, Template } from '../templates/Template';

export interface MappedColumn {
  readonly field: FieldSpec;
  /** Index into the grid row. */
  readonly columnIndex: number;
  /** The header text as written in the sheet. */
  readonly header: string;
}

/** Where a template's header was found in a grid and which column holds which field. */
export interface HeaderMatch {
  readonly template: Template;
  /** Index into grid.values of the header row (the lower row of a two-row header). */
  readonly headerIndex: number;
  readonly columns: readonly MappedColumn[];
}
