import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import { templateKey } from '../host/templateKey';
import { startDraft } from './templateDraft';
import { TemplateEditor, type TemplateEditorProps } from './TemplateEditor';
import { templateStringsFor } from './templateStrings';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface TemplatePaneProps extends Omit<TemplateEditorProps, 'initial' | 'onDelete'> {
  /** The template the sheet was checked with (null: none matched), to start from its saved version. */
  readonly checkedAs: string | null;
  readonly onDelete: NonNullable<TemplateEditorProps['onDelete']>;
}

/** The template editor in place of the results while it is open: a 320 px pane has no room for both. */
export function TemplatePane({ grid, checkedAs, saved, asOf, runCheck, locale, disabled, describeError, onSave, onDelete, onClose }: TemplatePaneProps) {
  const styles = useStyles();
  const strings = templateStringsFor(locale);
  // The draft the editor starts from, made once per opening; edits live in the editor until saved.
  const initial = useMemo(() => startDraft(grid, saved, checkedAs), [grid, checkedAs]);
  const isSaved = initial !== undefined && saved.some((definition) => templateKey(definition) === templateKey(initial.definition));
  return (
    <>
      <div className={styles.head}>
        <Subtitle1 as="h2">{strings.title}</Subtitle1>
        <Button appearance="subtle" aria-label={strings.cancel} icon={<DismissRegular />} onClick={onClose} />
      </div>
      {initial === undefined ? (
        <Body1>{strings.noHeader}</Body1>
      ) : (
        <TemplateEditor
          grid={grid}
          initial={initial}
          saved={saved}
          asOf={asOf}
          runCheck={runCheck}
          locale={locale}
          disabled={disabled}
          describeError={describeError}
          onSave={onSave}
          {...(isSaved ? { onDelete } : {})}
          onClose={onClose}
        />
      )}
    </>
  );
}
