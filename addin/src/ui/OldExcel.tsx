import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Locale } from '@taizhang/core';
import { stringsFor } from './strings';

const useStyles = makeStyles({
  pane: { paddingTop: tokens.spacingVerticalM, paddingLeft: tokens.spacingHorizontalM, paddingRight: tokens.spacingHorizontalM },
});

/** What the pane shows instead of itself in an Excel older than the API set it needs. */
export function OldExcel({ locale }: { readonly locale: Locale }) {
  const styles = useStyles();
  const strings = stringsFor(locale);
  return (
    <main className={styles.pane} lang={locale}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.oldExcelTitle}</MessageBarTitle>
          {strings.oldExcel}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
