export type { CellError, CellValue, Grid } from './grid/Grid';
export { isBlank, isCellError } from './grid/Grid';
export { columnLetter, columnNumber } from './grid/columnLetter';

export * from './dates/index';
export * from './text/index';
export * from './id/index';
export * from './codes/index';

export type { CellFinding, Finding, RuleCode, RuleParams, Severity } from './report/Finding';
export type { ColumnMapping, Issue, SeverityCounts, SheetReport } from './report/Issue';
export type { DataRow, FieldValue } from './report/DataRow';

export type { EnumOption, FieldSpec, FieldType, RowContext, RowRule, TableContext, TableRule, Template } from './templates/Template';
export { templateDefinitionSchema, fieldSpecSchema } from './templates/templateSchema';
export type { TemplateDefinition } from './templates/templateSchema';
export { rosterTemplate } from './templates/roster';
export { builtInTemplates } from './templates/builtInTemplates';

export { normalizeHeader } from './header/normalizeHeader';
export { detectHeader, headerForTemplate } from './header/detectHeader';
export type { HeaderMatch, MappedColumn } from './header/HeaderMatch';

export { normalizeField } from './fields/normalizeField';
export type { FieldResult, NormalizeContext } from './fields/FieldResult';

export { checkGrid } from './check/checkGrid';
export type { CheckOptions, CheckResult } from './check/checkGrid';
export { countBySeverity } from './check/countBySeverity';

export { formatIssueMessage, formatMessage } from './messages/formatMessage';
export type { Locale, MessageCatalog } from './messages/MessageCatalog';

export * from './stats/index';
export * from './summary/index';
