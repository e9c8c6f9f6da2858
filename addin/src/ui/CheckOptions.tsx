import { Dropdown, Field, Input, makeStyles, Option, tokens } from '@fluentui/react-components';
import { builtInTemplates, type Locale } from '@taizhang/core';
import type { Strings } from './strings';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, flexBasis: '130px', minWidth: 0 },
  control: { minWidth: 0, width: '100%' },
});

const auto = 'auto';

export interface CheckOptionsProps {
  /** Undefined for "recognise from the header". */
  readonly templateId: string | undefined;
  readonly onTemplateChange: (templateId: string | undefined) => void;
  /** `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly onAsOfChange: (asOf: string) => void;
  readonly disabled: boolean;
  readonly locale: Locale;
  readonly strings: Strings;
}

/** Which ledger to check the sheet as, and the date the time rules are judged at. */
export function CheckOptions({ templateId, onTemplateChange, asOf, onAsOfChange, disabled, locale, strings }: CheckOptionsProps) {
  const styles = useStyles();
  const selected = builtInTemplates.find((template) => template.id === templateId);
  return (
    <div className={styles.row}>
      <Field label={strings.template} className={styles.field}>
        <Dropdown
          className={styles.control}
          disabled={disabled}
          value={selected === undefined ? strings.autoTemplate : selected.name[locale]}
          selectedOptions={[templateId ?? auto]}
          onOptionSelect={(_event, data) => onTemplateChange(data.optionValue === auto ? undefined : data.optionValue)}
        >
          <Option value={auto}>{strings.autoTemplate}</Option>
          {builtInTemplates.map((template) => (
            <Option key={template.id} value={template.id}>
              {template.name[locale]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={strings.asOf} className={styles.field}>
        <Input className={styles.control} type="date" disabled={disabled} value={asOf} onChange={(_event, data) => data.value !== '' && onAsOfChange(data.value)} />
      </Field>
    </div>
  );
}
