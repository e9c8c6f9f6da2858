import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  OptionGroup,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUploadRegular, DeleteRegular, SaveRegular } from '@fluentui/react-icons';
import {
  builtInTemplates,
  customFieldTypes,
  formatTemplateErrors,
  parseCustomTemplate,
  parseCustomTemplateText,
  serializeCustomTemplate,
  type CustomTemplateDefinition,
  type Grid,
  type Locale,
  type PartialDate,
  type SheetReport,
} from '@taizhang/core';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { CheckRunner } from '../check/CheckRunner';
import { templateKey } from '../host/templateKey';
import { downloadText } from './downloadText';
import { groupIssues } from './issueGroups';
import { readFileText } from './readFileText';
import { changeRequired, changeType, choiceOf, chooseField, columnField, definitionName, draftOf, knownFields, rename, type DraftColumn, type FieldChoice, type TemplateDraft } from './templateDraft';
import { templateStringsFor } from './templateStrings';

/** The preview waits for the user to stop clicking before it checks the sheet again. */
const previewDelay = 250;
const shownRules = 6;

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0, flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  columns: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none', overflowY: 'auto', minHeight: '120px', flexGrow: 1 },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  pickers: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  fieldPicker: { flexGrow: 2, flexBasis: '140px', minWidth: 0 },
  typePicker: { flexGrow: 1, flexBasis: '96px', minWidth: 0 },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  rules: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalM },
  grow: { flexGrow: 1 },
});

export interface TemplateEditorProps {
  readonly grid: Grid;
  readonly initial: TemplateDraft;
  /** The templates saved in the workbook; the one being edited is replaced by the draft in the preview. */
  readonly saved: readonly CustomTemplateDefinition[];
  readonly asOf: PartialDate;
  readonly runCheck: CheckRunner;
  readonly locale: Locale;
  readonly disabled: boolean;
  /** A failed save or delete in words, shown in the editor, which stays open. */
  readonly describeError: (error: unknown) => string;
  readonly onSave: (definition: CustomTemplateDefinition) => Promise<void>;
  /** Present when the draft is a template saved in the workbook. */
  readonly onDelete?: (definition: CustomTemplateDefinition) => Promise<void>;
  readonly onClose: () => void;
}

type Preview = { readonly state: 'running' } | { readonly state: 'done'; readonly report: SheetReport } | { readonly state: 'failed' };

const choiceValue = (choice: FieldChoice) => (choice.kind === 'known' ? `known:${choice.id}` : choice.kind);

function choiceOfValue(value: string | undefined): FieldChoice | undefined {
  if (value === 'own' || value === 'skip') return { kind: value };
  return value?.startsWith('known:') === true ? { kind: 'known', id: value.slice('known:'.length) } : undefined;
}

/**
 * The template editor: the sheet's header columns, each with a field, type and required picker; the
 * check re-run with the draft as it changes; and saving into the workbook, export and import as .json.
 */
export function TemplateEditor({ grid, initial, saved, asOf, runCheck, locale, disabled, describeError, onSave, onDelete, onClose }: TemplateEditorProps) {
  const styles = useStyles();
  const strings = templateStringsFor(locale);
  const [draft, setDraft] = useState(initial);
  const [preview, setPreview] = useState<Preview>({ state: 'running' });
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { definition } = draft;
  const parsed = useMemo(() => parseCustomTemplate(definition, { locale }), [definition, locale]);
  const inherits = definition.extends !== undefined;

  useEffect(() => {
    if (!parsed.ok) return undefined;
    const controller = new AbortController();
    const others = saved.filter((other) => templateKey(other) !== templateKey(definition));
    const timer = setTimeout(() => {
      setPreview({ state: 'running' });
      runCheck({ grid, asOf, customTemplates: [...others, definition], templateId: definition.extends ?? definition.id ?? 'custom' }, controller.signal).then(
        (result) => !controller.signal.aborted && setPreview({ state: 'done', report: result.report }),
        () => !controller.signal.aborted && setPreview({ state: 'failed' }),
      );
    }, previewDelay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [grid, asOf, saved, definition, parsed.ok, runCheck]);

  const used = new Set(draft.columns.flatMap((column) => (column.field === undefined ? [] : [column.field])));
  const groups = preview.state === 'done' ? groupIssues(preview.report.issues, locale, new Set(['error', 'warning', 'info'])) : [];

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await work();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    const result = parseCustomTemplateText(await readFileText(file), { locale });
    if (!result.ok) {
      setFailure(`${strings.importFailed}${locale === 'zh-CN' ? '：' : ': '}${formatTemplateErrors(result.errors, locale)}`);
      return;
    }
    const imported = draftOf(grid, result.definition);
    if (imported === undefined || imported.columns.every((column) => column.field === undefined)) {
      setFailure(strings.importMismatch);
      return;
    }
    setFailure(undefined);
    setDraft(imported);
  };

  const locked = disabled || busy;
  return (
    <section className={styles.editor} aria-label={strings.title}>
      {inherits ? (
        <Body1>{strings.extending(definitionName(definition, locale))}</Body1>
      ) : (
        <Field label={strings.name}>
          <Input value={definitionName(definition, locale)} disabled={locked} onChange={(_event, data) => setDraft((before) => rename(before, data.value))} />
        </Field>
      )}
      <Caption1 className={styles.muted}>{strings.intro(draft.headerRow)}</Caption1>

      <ul className={styles.columns} aria-label={strings.columns}>
        {draft.columns.map((column) => (
          <ColumnPicker
            key={column.column}
            column={column}
            draft={draft}
            used={used}
            locale={locale}
            disabled={locked}
            styles={styles}
            onChoose={(choice) => setDraft((before) => chooseField(before, grid, column.column, choice))}
            onType={(type) => setDraft((before) => changeType(before, grid, column.column, type))}
            onRequired={(required) => setDraft((before) => changeRequired(before, column.column, required))}
          />
        ))}
      </ul>

      {!parsed.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.problems}</MessageBarTitle>
            {formatTemplateErrors(parsed.errors, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}

      {parsed.ok && (
        <div className={styles.preview} role="status" aria-live="polite" aria-label={strings.preview}>
          <Subtitle2 as="h3">{strings.preview}</Subtitle2>
          {preview.state === 'running' && <Spinner size="tiny" label={strings.previewing} />}
          {preview.state === 'failed' && <Body1>{strings.previewFailed}</Body1>}
          {preview.state === 'done' && (
            <>
              <Body1>{strings.previewCounts(preview.report.counts.error, preview.report.counts.warning, preview.report.counts.info)}</Body1>
              {groups.length === 0 ? (
                <Caption1>{strings.previewNone}</Caption1>
              ) : (
                <ul className={styles.rules}>
                  {groups.slice(0, shownRules).map((group) => (
                    <li key={group.rule}>
                      <Caption1>
                        {group.title} {group.count}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}

      <div className={styles.actions}>
        <Button className={styles.grow} appearance="primary" icon={<SaveRegular />} disabled={locked || !parsed.ok} onClick={() => void act(() => onSave(definition))}>
          {strings.save}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={!parsed.ok} onClick={() => downloadText('taizhang.template.json', serializeCustomTemplate(definition), 'application/json')}>
          {strings.exportJson}
        </Button>
        <Button icon={<ArrowUploadRegular />} disabled={locked} onClick={() => fileInput.current?.click()}>
          {strings.importJson}
        </Button>
        <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label={strings.importJson} onChange={(event) => void importFile(event)} />
        {onDelete !== undefined && (
          <Button icon={<DeleteRegular />} disabled={locked} onClick={() => void act(() => onDelete(definition))}>
            {strings.remove}
          </Button>
        )}
        <Button appearance="subtle" onClick={onClose}>
          {strings.cancel}
        </Button>
      </div>
    </section>
  );
}

interface ColumnPickerProps {
  readonly column: DraftColumn;
  readonly draft: TemplateDraft;
  readonly used: ReadonlySet<string>;
  readonly locale: Locale;
  readonly disabled: boolean;
  readonly styles: ReturnType<typeof useStyles>;
  readonly onChoose: (choice: FieldChoice) => void;
  readonly onType: (type: (typeof customFieldTypes)[number]) => void;
  readonly onRequired: (required: boolean) => void;
}

function ColumnPicker({ column, draft, used, locale, disabled, styles, onChoose, onType, onRequired }: ColumnPickerProps) {
  const strings = templateStringsFor(locale);
  const field = columnField(draft, column);
  const choice = choiceOf(column);
  const known = choice.kind === 'known' ? knownFields.find((candidate) => candidate.field.id === choice.id)?.field : undefined;
  const chosenText = choice.kind === 'skip' ? strings.skip : choice.kind === 'own' ? strings.ownField : (known?.label ?? choice.id);
  const inherited = field?.inherited === true;
  return (
    <li className={styles.column}>
      <Body1>
        <strong>{column.column}</strong> · {column.header}
      </Body1>
      <div className={styles.pickers}>
        <Dropdown
          className={styles.fieldPicker}
          aria-label={strings.field(column.header)}
          disabled={disabled || inherited}
          value={chosenText}
          selectedOptions={[choiceValue(choice)]}
          onOptionSelect={(_event, data) => {
            const picked = choiceOfValue(data.optionValue);
            if (picked !== undefined) onChoose(picked);
          }}
        >
          <Option value="own">{strings.ownField}</Option>
          <Option value="skip">{strings.skip}</Option>
          {builtInTemplates.map((template) => (
            <OptionGroup key={template.id} label={template.name[locale]}>
              {knownFields
                .filter((candidate) => candidate.template === template.id)
                .map(({ field: option }) => (
                  <Option key={option.id} value={`known:${option.id}`} text={option.label} disabled={option.id !== column.field && used.has(option.id)}>
                    {option.label}
                  </Option>
                ))}
            </OptionGroup>
          ))}
        </Dropdown>
        <Dropdown
          className={styles.typePicker}
          aria-label={strings.type(column.header)}
          disabled={disabled || field === undefined || inherited}
          value={field === undefined ? '' : strings.types[field.type]}
          selectedOptions={field === undefined ? [] : [field.type]}
          onOptionSelect={(_event, data) => {
            const type = customFieldTypes.find((candidate) => candidate === data.optionValue);
            if (type !== undefined) onType(type);
          }}
        >
          {customFieldTypes.map((type) => (
            <Option key={type} value={type}>
              {strings.types[type]}
            </Option>
          ))}
        </Dropdown>
        <Checkbox label={strings.required} aria-label={strings.requiredOf(column.header)} disabled={disabled || field === undefined} checked={field?.required === true} onChange={(_event, data) => onRequired(data.checked === true)} />
      </div>
    </li>
  );
}
