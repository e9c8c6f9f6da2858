import {
  builtInTemplates,
  cleanText,
  columnLetter,
  columnNumber,
  customTypeName,
  draftCustomTemplate,
  headerForTemplate,
  isBlank,
  isCellError,
  parseCustomTemplate,
  type CustomFieldDefinition,
  type CustomFieldType,
  type CustomTemplateDefinition,
  type FieldSpec,
  type Grid,
  type Locale,
} from '@taizhang/core';

/** One header column of the sheet and the field it is checked as (none: the column is not checked). */
export interface DraftColumn {
  readonly column: string;
  readonly header: string;
  readonly field: string | undefined;
}

/** What the template editor edits: the definition, and which header column is which of its fields. */
export interface TemplateDraft {
  readonly definition: CustomTemplateDefinition;
  readonly columns: readonly DraftColumn[];
  /** Excel row number of the header. */
  readonly headerRow: number;
}

/** What a column's field picker offers: the column as a field of its own, not checked, or a known field. */
export type FieldChoice = { readonly kind: 'own' } | { readonly kind: 'skip' } | { readonly kind: 'known'; readonly id: string };

/** How a column is checked, as the editor shows it. */
export interface ColumnField {
  readonly id: string;
  readonly type: CustomFieldType;
  readonly required: boolean;
  /** A field of the built-in ledger the template extends: its type cannot change, and it cannot be dropped. */
  readonly inherited: boolean;
}

/** Values a column offers as an enum's list; a longer list is not a fixed list. */
const MAX_ENUM_VALUES = 30;

/** Every field the built-in ledgers know, each once, in the ledgers' order: what the field picker lists. */
export const knownFields: readonly { readonly template: string; readonly field: FieldSpec }[] = builtInTemplates.flatMap((template, index) =>
  template.fields
    .filter((field) => !builtInTemplates.slice(0, index).some((earlier) => earlier.fields.some((other) => other.id === field.id)))
    .map((field) => ({ template: template.id, field })),
);

function ownId(column: string): string {
  return `column${column}`;
}

function baseFields(definition: CustomTemplateDefinition): readonly FieldSpec[] {
  return builtInTemplates.find((template) => template.id === definition.extends)?.fields ?? [];
}

/** An id for a new ledger that no saved template uses: custom, custom-2, … */
export function freeTemplateId(saved: readonly CustomTemplateDefinition[]): string {
  const taken = new Set(saved.map((definition) => definition.id));
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? 'custom' : `custom-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * The draft a sheet starts from: the saved template it was checked with, if any, so the user adjusts
 * it; otherwise the core's proposal from the headers (a new ledger, or a built-in one extended).
 */
export function startDraft(grid: Grid, saved: readonly CustomTemplateDefinition[], checkedAs: string | null): TemplateDraft | undefined {
  const own = saved.find((definition) => checkedAs !== null && (definition.id ?? definition.extends) === checkedAs);
  if (own !== undefined) {
    const fromSaved = draftOf(grid, own);
    if (fromSaved !== undefined) return fromSaved;
  }
  const draft = draftCustomTemplate(grid, { id: freeTemplateId(saved) });
  return draft === undefined ? undefined : { definition: draft.definition, columns: draft.columns, headerRow: draft.headerRow };
}

/**
 * A definition (saved, or imported from a .json file) laid over the sheet's header: each header column
 * with the field it maps to. Fields the sheet lacks stay in the definition untouched. Undefined for a
 * definition with problems, or one none of whose fields the sheet has.
 */
export function draftOf(grid: Grid, definition: CustomTemplateDefinition): TemplateDraft | undefined {
  const parsed = parseCustomTemplate(definition);
  if (!parsed.ok) return undefined;
  const match = headerForTemplate(grid, parsed.template);
  const row = match === undefined ? undefined : grid.values[match.headerIndex];
  if (match === undefined || row === undefined) return undefined;
  const columns = row.flatMap((cell, index) => {
    const header = typeof cell === 'string' ? cell.trim() : '';
    if (header === '') return [];
    const mapped = match.columns.find((column) => column.columnIndex === index);
    return [{ column: columnLetter(grid.origin.column + index), header, field: mapped?.field.id }];
  });
  return { definition, columns, headerRow: grid.origin.row + match.headerIndex };
}

/** How the column is checked; undefined when it is not. */
export function columnField(draft: TemplateDraft, column: DraftColumn): ColumnField | undefined {
  if (column.field === undefined) return undefined;
  const own = draft.definition.fields.find((field) => field.id === column.field);
  const base = baseFields(draft.definition).find((field) => field.id === column.field);
  if (base !== undefined) return { id: base.id, type: customTypeName[base.type], required: own?.required ?? base.required === true, inherited: true };
  if (own === undefined) return undefined;
  return { id: own.id, type: own.type ?? 'text', required: own.required === true, inherited: false };
}

function isKnown(id: string): boolean {
  return knownFields.some((known) => known.field.id === id);
}

/** What the picker shows as chosen for the column. */
export function choiceOf(column: DraftColumn): FieldChoice {
  if (column.field === undefined) return { kind: 'skip' };
  return isKnown(column.field) ? { kind: 'known', id: column.field } : { kind: 'own' };
}

function withoutFields(definition: CustomTemplateDefinition, removed: ReadonlySet<string>): CustomTemplateDefinition {
  const { rules, signature, ...rest } = definition;
  const keptRules = rules?.filter((rule) => {
    const fields = rule.rule === 'dateOrder' ? [rule.before, rule.after] : rule.rule === 'minAge' ? [rule.birth, rule.at] : rule.fields;
    return !fields.some((id) => removed.has(id));
  });
  const keptSignature = signature?.filter((id) => !removed.has(id));
  return {
    ...rest,
    fields: definition.fields.filter((field) => !removed.has(field.id)),
    ...(keptRules === undefined ? {} : { rules: keptRules }),
    ...(keptSignature === undefined || keptSignature.length === 0 ? {} : { signature: keptSignature }),
  };
}

/** The distinct values of a column under the header, as the choices of an enum; undefined if too many. */
function columnValues(grid: Grid, headerRow: number, column: string): string[] | undefined {
  const index = columnNumber(column) - grid.origin.column;
  const values = new Set<string>();
  for (const row of grid.values.slice(headerRow - grid.origin.row + 1)) {
    const cell = row[index];
    if (cell === undefined || isBlank(cell) || isCellError(cell)) continue;
    values.add(typeof cell === 'string' ? cleanText(cell).value : String(cell));
    if (values.size > MAX_ENUM_VALUES) return undefined;
  }
  return values.size === 0 ? undefined : [...values];
}

function knownFieldDefinition(field: FieldSpec, header: string): CustomFieldDefinition {
  const type = customTypeName[field.type];
  const values = field.options?.map((option) => (option.aliases === undefined ? option.value : { value: option.value, aliases: [...option.aliases] }));
  return {
    id: field.id,
    label: header,
    type,
    ...(type === 'enum' && values !== undefined ? { values } : {}),
    ...(field.type === 'idNumber' ? { unique: true } : {}),
  };
}

/** The column checked as a field of its own, as a known field, or not at all; a field it leaves goes. */
export function chooseField(draft: TemplateDraft, grid: Grid, column: string, choice: FieldChoice): TemplateDraft {
  const target = draft.columns.find((candidate) => candidate.column === column);
  if (target === undefined || (choice.kind === 'own' && target.field !== undefined && !isKnown(target.field))) return draft;
  if (baseFields(draft.definition).some((field) => field.id === target.field)) return draft;
  const previous = target.field === undefined ? undefined : draft.definition.fields.find((field) => field.id === target.field);
  const removed = new Set(target.field === undefined || baseFields(draft.definition).some((field) => field.id === target.field) ? [] : [target.field]);
  const base = withoutFields(draft.definition, removed);
  let added: CustomFieldDefinition | undefined;
  if (choice.kind === 'own') added = { id: ownId(column), label: target.header, type: previous?.type ?? 'text', ...(previous?.required === true ? { required: true } : {}) };
  if (choice.kind === 'known') {
    const known = knownFields.find((candidate) => candidate.field.id === choice.id)?.field;
    if (known !== undefined) added = knownFieldDefinition(known, target.header);
  }
  if (added?.type === 'enum' && added.values === undefined) {
    const values = columnValues(grid, draft.headerRow, column);
    added = values === undefined ? { ...added, type: 'text' } : { ...added, values };
  }
  const definition = added === undefined ? base : { ...base, fields: [...base.fields, added] };
  return { ...draft, definition, columns: draft.columns.map((candidate) => (candidate.column === column ? { ...candidate, field: added?.id } : candidate)) };
}

/** A field's type changed: options that only suit the old type go; an enum takes the column's values. */
export function changeType(draft: TemplateDraft, grid: Grid, column: string, type: CustomFieldType): TemplateDraft {
  const target = draft.columns.find((candidate) => candidate.column === column);
  const fieldId = target?.field;
  if (target === undefined || fieldId === undefined) return draft;
  const fields = draft.definition.fields.map((field): CustomFieldDefinition => {
    if (field.id !== fieldId) return field;
    const { values, min, max, pattern, ...rest } = field;
    const numeric = type === 'integer' || type === 'number';
    const patterned = type === 'text' || type === 'phone' || type === 'enum' || type === 'id-number';
    const listed = type === 'enum' ? (values ?? columnValues(grid, draft.headerRow, column) ?? []) : undefined;
    return {
      ...rest,
      type,
      ...(listed === undefined || listed.length === 0 ? {} : { values: listed }),
      ...(numeric && min !== undefined ? { min } : {}),
      ...(numeric && max !== undefined ? { max } : {}),
      ...(patterned && pattern !== undefined ? { pattern } : {}),
    };
  });
  return { ...draft, definition: { ...draft.definition, fields } };
}

/** Whether the column's field must be filled in; for an inherited field, stated only when it differs from the built-in. */
export function changeRequired(draft: TemplateDraft, column: string, required: boolean): TemplateDraft {
  const fieldId = draft.columns.find((candidate) => candidate.column === column)?.field;
  if (fieldId === undefined) return draft;
  const base = baseFields(draft.definition).find((field) => field.id === fieldId);
  const own = draft.definition.fields.find((field) => field.id === fieldId);
  const restate = base === undefined || (base.required === true) !== required;
  const changed = (field: CustomFieldDefinition): CustomFieldDefinition => {
    const { required: _dropped, ...rest } = field;
    return restate && (required || base !== undefined) ? { ...rest, required } : rest;
  };
  let fields: CustomFieldDefinition[];
  if (own !== undefined) {
    fields = draft.definition.fields.map((field) => (field.id === fieldId ? changed(field) : field));
    // An entry that only restated a built-in field's default says nothing any more.
    fields = fields.filter((field) => base === undefined || field.id !== fieldId || Object.keys(field).length > 1);
  } else {
    fields = restate ? [...draft.definition.fields, { id: fieldId, required }] : [...draft.definition.fields];
  }
  return { ...draft, definition: { ...draft.definition, fields } };
}

/** The name the user knows the template by: its own, or the built-in ledger's it extends. */
export function definitionName(definition: CustomTemplateDefinition, locale: Locale): string {
  const { name } = definition;
  if (name === undefined) return builtInTemplates.find((template) => template.id === definition.extends)?.name[locale] ?? definition.id ?? '';
  return typeof name === 'string' ? name : locale === 'en' ? (name.en ?? name['zh-CN']) : name['zh-CN'];
}

/** The new ledger's name; a built-in ledger extended keeps its own. */
export function rename(draft: TemplateDraft, name: string): TemplateDraft {
  if (draft.definition.extends !== undefined) return draft;
  return { ...draft, definition: { ...draft.definition, name } };
}
