import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Switch,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { ChartMultipleRegular, ChevronDownRegular, ChevronUpRegular, DismissRegular, DocumentTableSearchRegular, ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { builtInTemplates, formatDate, type Issue, type Locale, type PartialDate, type Severity } from '@taizhang/core';
import { useMemo, useRef, useState, type ReactElement } from 'react';
import type { CheckRunner } from '../check/CheckRunner';
import { cellIssues } from '../flow/cellIssues';
import { checkActiveSheet, type CheckedSheet, type CheckProgress } from '../flow/checkActiveSheet';
import { summaryOf } from '../flow/summaryOf';
import { isWorkbookError } from '../host/WorkbookError';
import type { WorkbookHost } from '../host/WorkbookHost';
import { CheckOptions } from './CheckOptions';
import { IssueList } from './IssueList';
import { groupIssues, walkOrder } from './issueGroups';
import { stringsFor } from './strings';

export interface AppProps {
  readonly host: WorkbookHost;
  readonly runCheck: CheckRunner;
  readonly locale: Locale;
  /** Today's date, the default as-of date. */
  readonly today: PartialDate;
}

type Busy = CheckProgress | { readonly phase: 'summary' };

type Notice = { readonly intent: 'error' | 'warning' | 'success'; readonly text: string };

const severities: readonly Severity[] = ['error', 'warning', 'info'];

const severityIcons: Readonly<Record<Severity, ReactElement>> = {
  error: <ErrorCircleFilled color={tokens.colorPaletteRedForeground1} />,
  warning: <WarningFilled color={tokens.colorPaletteDarkOrangeForeground1} />,
  info: <InfoFilled color={tokens.colorPaletteBlueForeground2} />,
};

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    height: '100vh',
    boxSizing: 'border-box',
    paddingTop: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  progress: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  progressLine: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  walk: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalXS },
  list: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

function parseDay(text: string): PartialDate {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  return { year, month, day };
}

/** The task pane: check the active sheet, walk its issues, highlight them, write the 汇总. */
export function App({ host, runCheck, locale, today }: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(locale);
  const [templateId, setTemplateId] = useState<string | undefined>();
  const [asOf, setAsOf] = useState(() => formatDate(today));
  const [busy, setBusy] = useState<Busy | undefined>();
  const [checked, setChecked] = useState<CheckedSheet | undefined>();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(severities));
  const [current, setCurrent] = useState<Issue | undefined>();
  const [marking, setMarking] = useState(true);
  const [marked, setMarked] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const cancel = useRef<AbortController | undefined>(undefined);

  const report = checked?.result.report;
  const groups = useMemo(() => (report === undefined ? [] : groupIssues(report.issues, locale, shown)), [report, locale, shown]);
  const walk = useMemo(() => walkOrder(groups), [groups]);
  const position = current === undefined ? -1 : walk.indexOf(current);

  const fail = (error: unknown) => {
    const text = isWorkbookError(error) ? strings.errors[error.code] : strings.errors.unknown;
    setNotice({ intent: 'error', text });
  };

  const check = async (): Promise<CheckedSheet | undefined> => {
    const controller = new AbortController();
    cancel.current = controller;
    setNotice(undefined);
    setBusy({ phase: 'reading', rowsRead: 0, totalRows: 0 });
    try {
      const options = { asOf: parseDay(asOf), signal: controller.signal, onProgress: setBusy };
      const fresh = await checkActiveSheet(host, runCheck, templateId === undefined ? options : { ...options, templateId });
      const { report: freshReport } = fresh.result;
      // No stale marks: the last check's, and any a closed pane left on this sheet, go first.
      if (marked !== undefined && marked !== freshReport.sheet) await host.clearMarks(marked);
      await host.clearMarks(freshReport.sheet);
      setMarked(undefined);
      setChecked(fresh);
      setCurrent(undefined);
      if (freshReport.template === null) setNotice({ intent: 'warning', text: strings.errors.notRecognised });
      else if (marking) {
        await host.markIssues(freshReport.sheet, cellIssues(freshReport));
        setMarked(freshReport.sheet);
      }
      return fresh;
    } catch (error) {
      if (!controller.signal.aborted) fail(error);
      return undefined;
    } finally {
      cancel.current = undefined;
      setBusy(undefined);
    }
  };

  const summarize = async () => {
    const fresh = await check();
    if (fresh === undefined) return;
    setBusy({ phase: 'summary' });
    try {
      await host.writeSummary(summaryOf(fresh));
      setNotice({ intent: 'success', text: strings.summaryDone });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
    }
  };

  const select = async (issue: Issue) => {
    if (report === undefined) return;
    setCurrent(issue);
    try {
      await host.selectCell(report.sheet, `${issue.column}${issue.row}`);
    } catch (error) {
      fail(error);
    }
  };

  const step = (delta: 1 | -1) => {
    const next = position < 0 ? (delta > 0 ? walk[0] : walk[walk.length - 1]) : walk[position + delta];
    if (next !== undefined) void select(next);
  };

  const toggleMarks = async (on: boolean) => {
    setMarking(on);
    if (report === undefined || report.template === null) return;
    try {
      if (on) {
        await host.markIssues(report.sheet, cellIssues(report));
        setMarked(report.sheet);
      } else if (marked !== undefined) {
        await host.clearMarks(marked);
        setMarked(undefined);
      }
    } catch (error) {
      fail(error);
    }
  };

  const toggleSeverity = (severity: Severity) =>
    setShown((before) => {
      const next = new Set(before);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });

  const templateName = builtInTemplates.find((template) => template.id === report?.template)?.name[locale] ?? report?.template;

  return (
    <main className={styles.pane} lang={locale}>
      <CheckOptions templateId={templateId} onTemplateChange={setTemplateId} asOf={asOf} onAsOfChange={setAsOf} disabled={busy !== undefined} locale={locale} strings={strings} />

      <div className={styles.actions}>
        <Button className={styles.grow} appearance="primary" icon={<DocumentTableSearchRegular />} disabled={busy !== undefined} onClick={() => void check()}>
          {report === undefined ? strings.check : strings.recheck}
        </Button>
        <Button className={styles.grow} icon={<ChartMultipleRegular />} disabled={busy !== undefined} onClick={() => void summarize()}>
          {strings.summarize}
        </Button>
      </div>

      {busy !== undefined && (
        <div className={styles.progress} role="status">
          <ProgressBar thickness="large" {...(busy.phase === 'reading' && busy.totalRows > 0 ? { value: busy.rowsRead / busy.totalRows } : {})} />
          <div className={styles.progressLine}>
            <Caption1>{busy.phase === 'reading' ? strings.reading(busy.rowsRead, busy.totalRows) : busy.phase === 'checking' ? strings.checking : strings.summarizing}</Caption1>
            {busy.phase !== 'summary' && (
              <Button size="small" appearance="subtle" onClick={() => cancel.current?.abort()}>
                {strings.cancel}
              </Button>
            )}
          </div>
        </div>
      )}

      {notice !== undefined && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.intent === 'error' && <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={strings.dismiss} icon={<DismissRegular />} onClick={() => setNotice(undefined)} />} />
        </MessageBar>
      )}

      {report === undefined && busy === undefined && <Caption1 className={styles.muted}>{strings.intro}</Caption1>}

      {report !== undefined && report.template !== null && (
        <>
          <Body1>
            {strings.recognised(templateName ?? '')}
            <span className={styles.muted}>
              {report.headerRow !== null && ` · ${strings.headerRow(report.headerRow)}`}
              {report.dataRows !== null && ` · ${strings.dataRows(report.dataRows[0], report.dataRows[1])}`}
            </span>
          </Body1>
          <div className={styles.filters} role="group" aria-label={strings.filterLabel}>
            {severities.map((severity) => (
              <ToggleButton key={severity} size="small" shape="circular" checked={shown.has(severity)} icon={severityIcons[severity]} onClick={() => toggleSeverity(severity)}>
                {strings.severity[severity]} {report.counts[severity]}
              </ToggleButton>
            ))}
          </div>
          <Switch label={strings.mark} checked={marking} disabled={busy !== undefined} onChange={(_event, data) => void toggleMarks(data.checked)} />
          <div className={styles.walk}>
            <Button size="small" icon={<ChevronUpRegular />} disabled={walk.length === 0 || position === 0} onClick={() => step(-1)}>
              {strings.previous}
            </Button>
            <Caption1 aria-live="polite">{position >= 0 ? strings.position(position + 1, walk.length) : ''}</Caption1>
            <Button size="small" icon={<ChevronDownRegular />} iconPosition="after" disabled={walk.length === 0 || position === walk.length - 1} onClick={() => step(1)}>
              {strings.next}
            </Button>
          </div>
          <div className={styles.list}>
            <IssueList groups={groups} current={current} onSelect={(issue) => void select(issue)} strings={strings} emptyText={report.issues.length === 0 ? strings.noIssues : strings.noIssuesShown} />
          </div>
        </>
      )}
    </main>
  );
}
