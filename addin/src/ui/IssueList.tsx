import { Caption1, CounterBadge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Issue, Severity } from '@taizhang/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { IssueEntry, IssueGroup } from './issueGroups';
import type { Strings } from './strings';

type Row = { readonly kind: 'group'; readonly group: IssueGroup; readonly open: boolean } | { readonly kind: 'entry'; readonly entry: IssueEntry };

const severityBorder: Readonly<Record<Severity, string>> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorPaletteBlueBorderActive,
};

const useStyles = makeStyles({
  scroller: { flexGrow: 1, minHeight: '120px', overflowY: 'auto', position: 'relative', contain: 'strict' },
  inner: { position: 'relative', width: '100%' },
  row: { position: 'absolute', left: 0, right: 0, top: 0 },
  group: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    border: 'none',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'left',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  groupTitle: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    border: 'none',
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    textAlign: 'left',
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalS,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  place: { color: tokens.colorNeutralForeground3 },
  message: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  empty: { paddingTop: tokens.spacingVerticalL, paddingLeft: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3 },
});

const shownRows = 8;

export interface IssueListProps {
  readonly groups: readonly IssueGroup[];
  readonly current: Issue | undefined;
  readonly onSelect: (issue: Issue) => void;
  readonly strings: Strings;
  /** Shown when no group is left. */
  readonly emptyText: string;
}

/** The issues grouped by rule, virtualized so ten thousand of them scroll smoothly. */
export function IssueList({ groups, current, onSelect, strings, emptyText }: IssueListProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo<Row[]>(
    () =>
      groups.flatMap((group) => {
        const open = !closed.has(group.rule);
        return [{ kind: 'group', group, open } as const, ...(open ? group.entries.map((entry) => ({ kind: 'entry', entry }) as const) : [])];
      }),
    [groups, closed],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === 'group' ? 36 : 76),
    overscan: 8,
  });
  const currentIndex = current === undefined ? -1 : rows.findIndex((row) => row.kind === 'entry' && row.entry.issues.includes(current));
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  if (groups.length === 0) return <Text className={styles.empty}>{emptyText}</Text>;

  const toggle = (rule: string) =>
    setClosed((before) => {
      const next = new Set(before);
      if (next.has(rule)) next.delete(rule);
      else next.add(rule);
      return next;
    });

  return (
    <div ref={scroller} className={styles.scroller} role="region" aria-label={strings.issueList} tabIndex={-1}>
      <ul className={styles.inner} style={{ height: virtualizer.getTotalSize(), listStyle: 'none', margin: 0, padding: 0 }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          return (
            <li key={row.kind === 'group' ? row.group.rule : row.entry.key} data-index={item.index} ref={virtualizer.measureElement} className={styles.row} style={{ transform: `translateY(${item.start}px)` }}>
              {row.kind === 'group' ? (
                <button type="button" className={styles.group} aria-expanded={row.open} onClick={() => toggle(row.group.rule)}>
                  {row.open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
                  <span className={styles.groupTitle}>{row.group.title}</span>
                  <CounterBadge count={row.group.count} overflowCount={99999} size="small" appearance="ghost" color={row.group.severity === 'error' ? 'danger' : 'informative'} />
                </button>
              ) : (
                <EntryButton entry={row.entry} current={current} onSelect={onSelect} strings={strings} styles={styles} />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface EntryButtonProps {
  readonly entry: IssueEntry;
  readonly current: Issue | undefined;
  readonly onSelect: (issue: Issue) => void;
  readonly strings: Strings;
  readonly styles: ReturnType<typeof useStyles>;
}

function EntryButton({ entry, current, onSelect, strings, styles }: EntryButtonProps) {
  const isCurrent = current !== undefined && entry.issues.includes(current);
  const first = entry.issues[0];
  if (first === undefined) return null;
  const rowNumbers = entry.issues.slice(0, shownRows).map((issue) => issue.row);
  return (
    <button
      type="button"
      className={mergeClasses(styles.entry, isCurrent && styles.current)}
      style={{ borderLeftColor: severityBorder[entry.severity] }}
      aria-current={isCurrent ? 'true' : undefined}
      onClick={() => onSelect(isCurrent && current !== undefined ? current : first)}
    >
      <Caption1 className={styles.place}>
        {entry.column}
        {first.row} · {first.header}
      </Caption1>
      <span className={styles.message}>{entry.message}</span>
      {entry.issues.length > 1 && <Caption1 className={styles.place}>{strings.rows(rowNumbers, entry.issues.length - rowNumbers.length)}</Caption1>}
    </button>
  );
}
