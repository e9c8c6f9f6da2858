import { Body1, Caption1, makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { builtInTemplates, type Issue, type Locale, type Severity } from '@taizhang/core';
import { useMemo, useState } from 'react';
import type { CheckedWorkbook } from '../flow/checkWorkbook';
import { IssueList } from './IssueList';
import { groupIssues } from './issueGroups';
import type { Strings } from './strings';

const everySeverity: ReadonlySet<Severity> = new Set(['error', 'warning', 'info']);

const useStyles = makeStyles({
  sheets: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  tab: { width: '100%' },
  tabText: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'left' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export interface WorkbookResultsProps {
  readonly workbook: CheckedWorkbook;
  readonly locale: Locale;
  readonly strings: Strings;
  readonly current: Issue | undefined;
  /** An issue was chosen on `sheet`: select its cell there. */
  readonly onSelect: (sheet: string, issue: Issue) => void;
}

/** The results of checking every sheet: one tab per sheet with its ledger and counts, and the chosen sheet's issues. */
export function WorkbookResults({ workbook, locale, strings, current, onSelect }: WorkbookResultsProps) {
  const styles = useStyles();
  const reports = workbook.sheets.map((sheet) => sheet.result.report);
  const ledgers = reports.filter((report) => report.template !== null);
  const [chosen, setChosen] = useState<string | undefined>(() => (ledgers.find((report) => report.issues.length > 0) ?? ledgers[0])?.sheet);
  const report = reports.find((candidate) => candidate.sheet === chosen && candidate.template !== null);
  const groups = useMemo(() => (report === undefined ? [] : groupIssues(report.issues, locale, everySeverity)), [report, locale]);
  const ledgerName = (template: string) => builtInTemplates.find((candidate) => candidate.id === template)?.name[locale] ?? template;

  return (
    <>
      <Body1>{strings.workbookChecked(reports.length, ledgers.length)}</Body1>
      <TabList vertical size="small" className={styles.sheets} selectedValue={chosen ?? ''} onTabSelect={(_event, data) => setChosen(String(data.value))} aria-label={strings.sheetList}>
        {reports.map((each) => (
          <Tab key={each.sheet} value={each.sheet} disabled={each.template === null} className={styles.tab}>
            <span className={styles.tabText}>
              <span>
                「{each.sheet}」{each.template === null ? strings.notLedger : ledgerName(each.template)}
              </span>
              {each.template !== null && (
                <Caption1 className={styles.muted}>
                  {strings.severity.error} {each.counts.error} · {strings.severity.warning} {each.counts.warning} · {strings.severity.info} {each.counts.info}
                </Caption1>
              )}
            </span>
          </Tab>
        ))}
      </TabList>
      {report !== undefined && (
        <div className={styles.list}>
          <IssueList groups={groups} current={current} onSelect={(issue) => onSelect(report.sheet, issue)} strings={strings} emptyText={strings.noIssues} />
        </div>
      )}
    </>
  );
}
