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
import { TableEditRegular } from '@fluentui/react-icons';
import { ChartMultipleRegular, ChevronDownRegular, ChevronUpRegular, DismissRegular, DocumentMultipleRegular, DocumentTableSearchRegular, ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { builtInTemplates, formatDate, type CustomTemplateDefinition, type Issue, type Locale, type PartialDate, type Severity } from '@taizhang/core';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import type { CheckRunner } from '../check/CheckRunner';
import { checkActiveSheet, type CheckedSheet } from '../flow/checkActiveSheet';
import { checkWorkbook, type CheckedWorkbook } from '../flow/checkWorkbook';
import { markChecked } from '../flow/markChecked';
import { summaryOf } from '../flow/summaryOf';
import { isWorkbookError } from '../host/WorkbookError';
import type { WorkbookHost } from '../host/WorkbookHost';
import { busyProgress, busyText, type Busy } from './busyText';
import { CheckOptions } from './CheckOptions';
import { IssueList } from './IssueList';
import { groupIssues, walkOrder } from './issueGroups';
import { stringsFor } from './strings';
import { WorkbookResults } from './WorkbookResults';
import { FixPanel } from './FixPanel';
import { fixStringsFor } from './fixStrings';
import { TemplatePane } from './TemplatePane';
import { definitionName } from './templateDraft';
import { templateStringsFor } from './templateStrings';
import { useSafeFixes } from './useSafeFixes';
import { useSavedTemplates } from './useSavedTemplates';

export interface AppProps {
  readonly host: WorkbookHost;
  readonly runCheck: CheckRunner;
  readonly locale: Locale;
  /** Today's date, the default as-of date. */
  readonly today: PartialDate;
}

type Notice = { readonly intent: 'error' | 'warning' | 'success' | 'info'; readonly text: string };

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
  templateButton: { alignSelf: 'flex-start' },
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
  /** The results of 检查全部工作表, shown instead of one sheet's, and the sheets it highlighted. */
  const [workbook, setWorkbook] = useState<CheckedWorkbook | undefined>();
  const [markedSheets, setMarkedSheets] = useState<readonly string[]>([]);

  const report = checked?.result.report;
  const groups = useMemo(() => (report === undefined ? [] : groupIssues(report.issues, locale, shown)), [report, locale, shown]);
  const walk = useMemo(() => walkOrder(groups), [groups]);
  const position = current === undefined ? -1 : walk.indexOf(current);

  const fail = (error: unknown) => {
    const text = isWorkbookError(error) ? strings.errors[error.code] : strings.errors.unknown;
    setNotice({ intent: 'error', text: isWorkbookError(error) && error.sheet !== undefined ? strings.onSheet(error.sheet, text) : text });
  };

  // Custom templates saved in the workbook, the editor, and the safe fixes with their undo (issue 6).
  const templateStrings = templateStringsFor(locale);
  const fixStrings = fixStringsFor(locale);
  const [editing, setEditing] = useState(false);
  const saved = useSavedTemplates(host, { locale, onProblems: (problems) => setNotice({ intent: 'warning', text: templateStrings.savedProblems(problems) }), onError: fail });
  const safeFixes = useSafeFixes(host, report, checked?.grid, {
    recheck: () => check(),
    onApplied: (outcome) => setNotice({ intent: 'success', text: fixStrings.applied(outcome) }),
    onUndone: (outcome) => setNotice({ intent: 'success', text: fixStrings.undone(outcome) }),
    onError: fail,
  });
  // A failed save throws into the editor, which stays open and says why.
  const saveTemplate = async (definition: CustomTemplateDefinition) => {
    await saved.save(definition);
    setEditing(false);
    if ((await check()) !== undefined) setNotice({ intent: 'success', text: templateStrings.saved(definitionName(definition, locale)) });
  };
  const deleteTemplate = async (definition: CustomTemplateDefinition) => {
    await saved.remove(definition);
    setEditing(false);
    if ((await check()) !== undefined) setNotice({ intent: 'success', text: templateStrings.removed });
  };

  // A summary write cut short when the pane was last closed or reloaded leaves sheets to tidy away.
  useEffect(() => {
    host.cleanUpLeftovers().then((found) => {
      const count = found.removed.length + found.restored.length;
      if (count > 0) setNotice({ intent: 'info', text: strings.leftoversCleaned(count) });
    }, fail);
  }, [host]);

  const clearMarksOn = (sheets: readonly string[]) => Promise.all([...new Set(sheets)].map((sheet) => host.clearMarks(sheet)));

  /** A check the user can cancel: progress while it runs, its failure in the MessageBar unless cancelled. */
  const cancellable = async <T,>(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> => {
    const controller = new AbortController();
    cancel.current = controller;
    setNotice(undefined);
    setBusy({ phase: 'reading', rowsRead: 0, totalRows: 0 });
    try {
      return await work(controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) fail(error);
      return undefined;
    } finally {
      cancel.current = undefined;
      setBusy(undefined);
    }
  };

  const check = (): Promise<CheckedSheet | undefined> =>
    cancellable(async (signal) => {
      const options = { asOf: parseDay(asOf), signal, onProgress: setBusy, customTemplates: await saved.latest() };
      const fresh = await checkActiveSheet(host, runCheck, templateId === undefined ? options : { ...options, templateId });
      const { report: freshReport } = fresh.result;
      // No stale marks: the last check's, and any a closed pane left on this sheet, go first.
      if (marked !== undefined && marked !== freshReport.sheet) await host.clearMarks(marked);
      await clearMarksOn(markedSheets.filter((sheet) => sheet !== freshReport.sheet));
      setMarkedSheets([]);
      setWorkbook(undefined);
      await host.clearMarks(freshReport.sheet);
      setMarked(undefined);
      setChecked(fresh);
      setCurrent(undefined);
      if (freshReport.template === null) setNotice({ intent: 'warning', text: strings.errors.notRecognised });
      else if (marking) {
        await markChecked(host, [fresh]);
        setMarked(freshReport.sheet);
      }
      return fresh;
    });

  const checkAll = (): Promise<CheckedWorkbook | undefined> =>
    cancellable(async (signal) => {
      const fresh = await checkWorkbook(host, runCheck, { asOf: parseDay(asOf), signal, onProgress: setBusy, customTemplates: await saved.latest() });
      const sheets = fresh.sheets.map((sheet) => sheet.result.report.sheet);
      await clearMarksOn([...markedSheets, ...(marked === undefined ? [] : [marked]), ...sheets]);
      setMarked(undefined);
      setMarkedSheets([]);
      setChecked(undefined);
      setCurrent(undefined);
      setWorkbook(fresh);
      if (marking) {
        await markChecked(host, fresh.sheets);
        setMarkedSheets(sheets);
      }
      return fresh;
    });

  // From the results of every sheet, 生成汇总 writes a summary per ledger and the 台账核对; else the active sheet's.
  const summarize = async () => {
    const fresh = workbook === undefined ? await check() : await checkAll();
    if (fresh === undefined) return;
    setBusy({ phase: 'summary' });
    try {
      const summaries = summaryOf('sheets' in fresh ? fresh.sheets : [fresh]);
      await host.writeSummaries(summaries);
      setNotice({ intent: 'success', text: strings.summaryDone(summaries.map((named) => named.sheet)) });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
    }
  };

  const select = async (issue: Issue, sheet = report?.sheet) => {
    if (sheet === undefined) return;
    setCurrent(issue);
    try {
      await host.selectCell(sheet, `${issue.column}${issue.row}`);
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
    if (workbook !== undefined) {
      try {
        if (on) {
          await markChecked(host, workbook.sheets);
          setMarkedSheets(workbook.sheets.map((sheet) => sheet.result.report.sheet));
        } else {
          await clearMarksOn(markedSheets);
          setMarkedSheets([]);
        }
      } catch (error) {
        fail(error);
      }
      return;
    }
    if (checked === undefined || report === undefined || report.template === null) return;
    try {
      if (on) {
        await markChecked(host, [checked]);
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

  const savedTemplate = saved.definitions.find((definition) => (definition.id ?? definition.extends) === report?.template);
  const templateName = savedTemplate === undefined ? (builtInTemplates.find((template) => template.id === report?.template)?.name[locale] ?? report?.template) : definitionName(savedTemplate, locale);

  if (editing && checked?.grid !== undefined) {
    return (
      <main className={styles.pane} lang={locale}>
        <TemplatePane
          grid={checked.grid}
          checkedAs={checked.result.report.template}
          saved={saved.definitions}
          asOf={parseDay(asOf)}
          runCheck={runCheck}
          locale={locale}
          disabled={busy !== undefined}
          describeError={(error) => (isWorkbookError(error) ? strings.errors[error.code] : strings.errors.unknown)}
          onSave={saveTemplate}
          onDelete={deleteTemplate}
          onClose={() => setEditing(false)}
        />
      </main>
    );
  }

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
        <Button className={styles.grow} icon={<DocumentMultipleRegular />} disabled={busy !== undefined} onClick={() => void checkAll()}>
          {strings.checkAll}
        </Button>
      </div>

      {busy !== undefined && (
        <div className={styles.progress} role="status">
          <ProgressBar thickness="large" {...busyProgress(busy)} />
          <div className={styles.progressLine}>
            <Caption1>{busyText(busy, strings)}</Caption1>
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

      {checked?.grid !== undefined && report !== undefined && workbook === undefined && (
        <Button className={styles.templateButton} size="small" appearance={report.template === null ? 'primary' : 'secondary'} icon={<TableEditRegular />} disabled={busy !== undefined} onClick={() => setEditing(true)}>
          {report.template === null ? templateStrings.newTemplate : templateStrings.adjustTemplate}
        </Button>
      )}

      {report === undefined && workbook === undefined && busy === undefined && <Caption1 className={styles.muted}>{strings.intro}</Caption1>}

      {workbook !== undefined && (
        <>
          <Switch label={strings.mark} checked={marking} disabled={busy !== undefined} onChange={(_event, data) => void toggleMarks(data.checked)} />
          <WorkbookResults workbook={workbook} locale={locale} strings={strings} current={current} onSelect={(sheet, issue) => void select(issue, sheet)} />
        </>
      )}

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

      {workbook === undefined && (
        <FixPanel fixes={safeFixes.fixes} undoable={safeFixes.undoable} locale={locale} disabled={busy !== undefined} running={safeFixes.running} onApply={(fixes) => void safeFixes.apply(fixes)} onUndo={() => void safeFixes.undo()} />
      )}
    </main>
  );
}
