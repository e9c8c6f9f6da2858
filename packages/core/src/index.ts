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

export { fieldNormalizer } from './fields/fieldNormalizer';
export type { FieldNormalizer } from './fields/fieldNormalizer';
export type { NormalizeContext } from './fields/NormalizeContext';

export { checkGrid } from './check/checkGrid';
export type { CheckOptions, CheckResult } from './check/checkGrid';
export { countBySeverity } from './check/countBySeverity';

export { formatIssueMessage, formatMessage } from './messages/formatMessage';
export { ruleTitle } from './messages/ruleTitles';
export type { Locale, MessageCatalog } from './messages/MessageCatalog';

export * from './stats/index';
export * from './summary/index';

// The other ledgers (党组织, 发展党员, 党费, 三会一课), their summaries and cross-sheet reconciliation (issue 5).
export * from './ledgers/index';

// Custom templates and safe fixes (issue 6).
export { dateOrder } from './checks/dateOrder';
export type { EarlierField } from './checks/dateOrder';
export { minAge } from './checks/minAge';
export { customTemplateSchema, customFieldTypes } from './custom/customTemplateSchema';
export type { CustomEnumValue, CustomFieldDefinition, CustomFieldType, CustomRuleReference, CustomTemplateDefinition } from './custom/customTemplateSchema';
export { parseCustomTemplate, parseCustomTemplateText } from './custom/parseCustomTemplate';
export type { CustomTemplateResult, ParseTemplateOptions } from './custom/parseCustomTemplate';
export type { TemplateError, TemplateProblem, TemplateProblemCode, TemplateProblemParams, ValueKind } from './custom/TemplateProblem';
export { customTypeName } from './custom/TemplateProblem';
export { formatTemplateErrors, formatTemplatePath, formatTemplateProblem } from './custom/templateProblemMessages';
export { buildCustomTemplate } from './custom/buildCustomTemplate';
export { serializeCustomTemplate } from './custom/serializeCustomTemplate';
export { draftCustomTemplate } from './custom/draftCustomTemplate';
export type { DraftOptions, TemplateDraft } from './custom/draftCustomTemplate';
export { templatesWith } from './custom/templatesWith';
export type { CellFix, FixKind } from './fixes/CellFix';
export { planFixes } from './fixes/planFixes';
export type { PlanOptions } from './fixes/planFixes';
export { applyFixes } from './fixes/applyFixes';
export { fixedCellValue, fixedExcelValue } from './fixes/fixedCellValue';
export { fixableRules, fixRuleName } from './fixes/fixableRules';
export { changeLogColumns, changeLogEntries, changeLogRow, changeLogSheetName, formatLogTime } from './fixes/changeLog';
export type { ChangeLogEntry } from './fixes/changeLog';
